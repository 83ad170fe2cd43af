#pragma once

#include "base/clock.h"
#include "base/result.h"
#include "domain/identity.h"

#include <QDate>
#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QString>

// The second-generation resident ID card (居民身份证) as the face-to-face signing desk (面签)
// reads it. IdCardReader is the seam a real reader's driver implements (the vendor SDKs of the
// 公安部-certified readers all deliver these fields and the chip photo); TrainingIdCardReader reads
// a test card file and is the only implementation in this repository. Every call returns at once;
// the result arrives as a signal on the caller's thread, as with capture::Scanner.
namespace hpf::client::devices {

struct IdCard
{
    QString name;
    identity::Sex sex = identity::Sex::Unknown;
    QString nation; // 民族, e.g. 汉
    QDate birthDate;
    QString address;
    QString documentNumber; // normalised 18 characters (upper-case X), checked by identity::parse
    QString issuer;         // 签发机关
    QDate validFrom;
    QDate validTo; // null when the card is valid indefinitely (长期)
    QImage photo;  // the chip photo

    bool validIndefinitely() const { return !validTo.isValid(); }
};

class IdCardReader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Reads the card on the reader: cardRead() or failed() follows, never both, never at once
    // (always from the event loop). A read while one is running fails with idcard.busy.
    virtual void read() = 0;
    virtual bool isBusy() const = 0;

signals:
    void cardRead(const hpf::client::devices::IdCard &card);
    // Error codes (field names the card field that is wrong, or "file" / "reader"):
    // idcard.unreadable, idcard.format, idcard.empty, idcard.too_long, idcard.characters,
    // idcard.date, idcard.expired, idcard.not_yet_valid, idcard.birth_mismatch,
    // idcard.sex_mismatch, idcard.photo_missing, idcard.photo_unreadable, idcard.busy,
    // idcard.no_reader (for a real reader's driver: no device attached; the training reader never
    // says it), and the identity.* codes of identity::parse on "documentNumber".
    void failed(const hpf::Error &error);
};

// TRAINING ONLY: reads a test card file instead of a card reader. The file is JSON:
//   {"name": "张三", "sex": "男", "nation": "汉", "birthDate": "1990-01-01",
//    "address": "…", "documentNumber": "…", "issuer": "…公安局",
//    "validFrom": "2020-01-01", "validTo": "2040-01-01" | "长期", "photo": "zhangsan.png"}
// where "photo" is a PNG or JPEG file path, relative to the card file's folder. The card is
// checked as a real reader's driver would: the number's check digit (identity::parse), the birth
// date and sex against the number, the validity period against the clock's today.
class TrainingIdCardReader final : public IdCardReader
{
    Q_OBJECT
public:
    explicit TrainingIdCardReader(QString cardFile, const Clock &clock = Clock::system(),
                                  QObject *parent = nullptr);

    // The card "on the reader" next time read() is called (a teller switching test cards).
    void setCardFile(const QString &cardFile) { m_cardFile = cardFile; }
    QString cardFile() const { return m_cardFile; }

    void read() override;
    bool isBusy() const override { return m_busy; }

    // The blocking check behind read(), for tests and tools.
    static Result<IdCard> readCardFile(const QString &cardFile, QDate today);
    static Result<IdCard> parseCard(const QByteArray &json, const QString &photoFolder, QDate today);
    // Writes `card` as a test card file with its photo beside it (<name>.png), for the training
    // back end's seeded borrowers and for tests. idcard.unreadable (field "file") when the file or
    // the photo cannot be written.
    static Status writeCardFile(const IdCard &card, const QString &cardFile);
    // A training card for a person the training back end knows only by name and number (the
    // parties of a seeded application): birth date and sex from the number, a ten-year card issued
    // five years before `today`, a drawn head-and-shoulders photo. Write it with writeCardFile and
    // put it "on the reader" with setCardFile. Errors: identity.* (field "documentNumber"),
    // idcard.empty / idcard.too_long (field "name").
    static Result<IdCard> trainingCardFor(const QString &name, const QString &documentNumber, QDate today);

private:
    QString m_cardFile;
    const Clock &m_clock;
    bool m_busy = false;
};

} // namespace hpf::client::devices

Q_DECLARE_METATYPE(hpf::client::devices::IdCard)
