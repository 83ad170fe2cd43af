#pragma once

#include "api/loansigning.h"
#include "devices/camera.h"
#include "devices/idcardreader.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <memory>

// The devices of the 面签 desk (7003): the ID-card reader and the counter camera. On the training
// back end the reader is the TRAINING reader, which reads test card files this object writes for
// the application's parties (and one stranger's card, to practise a mismatch), and the camera is a
// real one where Qt Multimedia finds one, else a fed camera returning the card's photo. On the
// production back end the camera is the real one; no card-reader driver ships with the counter
// yet, so the reader answers idcard.no_reader until a vendor's driver implements IdCardReader.
namespace hpf::ui {

class SigningDevices : public QObject
{
    Q_OBJECT
public:
    struct TrainingCard
    {
        QString label;     // "借款人 王芳 (620…1234)" — the desk offers these in a list
        QString file;      // the test card file
        int position = -1; // the party's position, -1 for the stranger
    };

    explicit SigningDevices(QObject *parent = nullptr);
    ~SigningDevices() override;

    // Training: the TRAINING reader and a real or fed camera; otherwise the production devices.
    void setTraining(bool training);
    bool isTraining() const { return m_training; }
    // Tests (and a driver) put their own devices in; ownership passes to this object, the
    // previous device is deleted.
    void setReader(client::devices::IdCardReader *reader);
    void setCamera(client::devices::LiveCamera *camera);

    client::devices::IdCardReader *reader() const { return m_reader; }
    client::devices::LiveCamera *camera() const { return m_camera; }

    // Training only: writes a test card for every party of `contract` (and a stranger's); false
    // with `error` when a card cannot be made (a party whose number the card check refuses).
    bool prepareTrainingCards(const client::api::LoanContract &contract, QDate today, Error *error);
    const QList<TrainingCard> &trainingCards() const { return m_cards; }
    // Puts card `index` of trainingCards() on the TRAINING reader (no-op for another reader).
    void chooseTrainingCard(int index);
    // A fed camera is given the picture it returns next (the card's photo in training).
    void feedCamera(const QImage &image);

signals:
    // The current devices' answers, whichever devices are in (the page connects once).
    void cardRead(const hpf::client::devices::IdCard &card);
    void cameraStarted();
    void captured(const QImage &image);
    void failed(const hpf::Error &error);

private:
    bool m_training = false;
    QPointer<client::devices::IdCardReader> m_reader;
    QPointer<client::devices::LiveCamera> m_camera;
    std::unique_ptr<QTemporaryDir> m_cardDir;
    QList<TrainingCard> m_cards;
};

} // namespace hpf::ui
