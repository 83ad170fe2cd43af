#include "loan/signingdevices.h"

#include "loan/loantext.h"

#include <QTimer>

namespace hpf::ui {

namespace {

// The production reader until a vendor's driver is wired in: says so on every read, from the
// event loop as the seam promises.
class NoIdCardReader final : public client::devices::IdCardReader
{
public:
    using IdCardReader::IdCardReader;
    void read() override
    {
        QTimer::singleShot(0, this, [this] { emit failed(makeError(u"idcard.no_reader"_qs, u"reader"_qs)); });
    }
    bool isBusy() const override { return false; }
};

// A person no application names: the stranger's card of the training desk (a valid number).
const QString kStrangerName = u"赵培训"_qs;
const QString kStrangerNumber = u"11010519491231002X"_qs;

} // namespace

SigningDevices::SigningDevices(QObject *parent)
    : QObject(parent)
{
    setTraining(false);
}

SigningDevices::~SigningDevices() = default;

void SigningDevices::setTraining(bool training)
{
    m_training = training;
    if (training)
        setReader(new client::devices::TrainingIdCardReader(QString()));
    else
        setReader(new NoIdCardReader);
    auto *real = new client::devices::MultimediaCamera;
    if (real->available() || !training) {
        setCamera(real);
    } else {
        delete real;
        setCamera(new client::devices::FedImageCamera);
    }
}

void SigningDevices::setReader(client::devices::IdCardReader *reader)
{
    delete m_reader;
    m_reader = reader;
    reader->setParent(this);
    connect(reader, &client::devices::IdCardReader::cardRead, this, &SigningDevices::cardRead);
    connect(reader, &client::devices::IdCardReader::failed, this, &SigningDevices::failed);
}

void SigningDevices::setCamera(client::devices::LiveCamera *camera)
{
    delete m_camera;
    m_camera = camera;
    camera->setParent(this);
    connect(camera, &client::devices::LiveCamera::started, this, &SigningDevices::cameraStarted);
    connect(camera, &client::devices::LiveCamera::captured, this, &SigningDevices::captured);
    connect(camera, &client::devices::LiveCamera::failed, this, &SigningDevices::failed);
}

bool SigningDevices::prepareTrainingCards(const client::api::LoanContract &contract, QDate today,
                                          Error *error)
{
    m_cards.clear();
    m_cardDir = std::make_unique<QTemporaryDir>();
    if (!m_cardDir->isValid()) {
        *error = makeError(u"idcard.unreadable"_qs, u"file"_qs, m_cardDir->errorString());
        return false;
    }
    auto add = [&](const QString &name, const QString &number, const QString &label, int position) {
        auto card = client::devices::TrainingIdCardReader::trainingCardFor(name, number, today);
        if (!card) {
            *error = card.error();
            return false;
        }
        const QString file = m_cardDir->filePath(QStringLiteral("card%1.json").arg(m_cards.size()));
        if (Status s = client::devices::TrainingIdCardReader::writeCardFile(*card, file); !s) {
            *error = s.error();
            return false;
        }
        m_cards.append({label, file, position});
        return true;
    };
    for (const client::api::LoanContractParty &p : contract.parties) {
        const QString masked = p.documentNumber.left(3) + u"…"_qs + p.documentNumber.right(4);
        if (!add(p.name, p.documentNumber, LoanText::role(p.role) + u' ' + p.name + u" ("_qs + masked + u')',
                 p.position))
            return false;
    }
    return add(kStrangerName, kStrangerNumber,
               tr("Someone else's card: %1").arg(kStrangerName + u" (110…002X)"_qs), -1);
}

void SigningDevices::chooseTrainingCard(int index)
{
    auto *training = qobject_cast<client::devices::TrainingIdCardReader *>(m_reader.data());
    if (training && index >= 0 && index < m_cards.size())
        training->setCardFile(m_cards.at(index).file);
}

void SigningDevices::feedCamera(const QImage &image)
{
    if (auto *fed = qobject_cast<client::devices::FedImageCamera *>(m_camera.data()))
        fed->feed(image);
}

} // namespace hpf::ui
