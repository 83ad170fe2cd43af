#include "devices/idcardreader.h"

#include "base/text.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTimer>

namespace hpf::client::devices {

namespace {

// A card's chip holds short fixed-size fields (GA 450: name 30 bytes, address 70 bytes of
// UCS-2); a test file far beyond those is a mistake, not a card. The limits are in characters and
// generous enough for long minority and foreign names.
constexpr qsizetype kMaxName = 30;
constexpr qsizetype kMaxNation = 10;
constexpr qsizetype kMaxAddress = 70;
constexpr qsizetype kMaxIssuer = 30;
constexpr qint64 kMaxCardFileBytes = 64 * 1024;
// The chip photo is 102 × 126 pixels; a scan of one is still far below this.
constexpr qint64 kMaxPhotoBytes = 1024 * 1024;

Result<QString> textField(const QJsonObject &card, const QString &key, qsizetype maxLength)
{
    const QJsonValue value = card.value(key);
    if (!value.isUndefined() && !value.isNull() && !value.isString())
        return makeError(u"idcard.format"_qs, key, u"not a string"_qs);
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return makeError(u"idcard.empty"_qs, key);
    if (text.size() > maxLength)
        return makeError(u"idcard.too_long"_qs, key,
                         u"%1 characters, at most %2"_qs.arg(text.size()).arg(maxLength));
    if (text::hasControlCharacters(text))
        return makeError(u"idcard.characters"_qs, key);
    return text;
}

Result<QDate> dateField(const QJsonObject &card, const QString &key, bool indefiniteAllowed)
{
    Result<QString> text = textField(card, key, 10);
    if (!text)
        return text.error().code == u"idcard.too_long"_qs ? makeError(u"idcard.date"_qs, key) : text.error();
    if (indefiniteAllowed && *text == u"长期"_qs)
        return QDate();
    const QDate date = QDate::fromString(text::toHalfWidth(*text), Qt::ISODate);
    if (!date.isValid())
        return makeError(u"idcard.date"_qs, key, u"not a YYYY-MM-DD date"_qs);
    return date;
}

Result<QImage> photoField(const QJsonObject &card, const QString &photoFolder)
{
    const QString name = card.value(u"photo"_qs).toString().trimmed();
    if (name.isEmpty())
        return makeError(u"idcard.photo_missing"_qs, u"photo"_qs, u"no photo in the card file"_qs);
    const QFileInfo info(QDir(photoFolder), name);
    if (!info.isFile())
        return makeError(u"idcard.photo_missing"_qs, u"photo"_qs, u"no photo file beside the card file"_qs);
    if (info.size() > kMaxPhotoBytes)
        return makeError(u"idcard.photo_unreadable"_qs, u"photo"_qs, u"photo file too large"_qs);
    QImageReader reader(info.filePath());
    const QImage photo = reader.read();
    if (photo.isNull())
        return makeError(u"idcard.photo_unreadable"_qs, u"photo"_qs, reader.errorString());
    return photo;
}

} // namespace

TrainingIdCardReader::TrainingIdCardReader(QString cardFile, const Clock &clock, QObject *parent)
    : IdCardReader(parent)
    , m_cardFile(std::move(cardFile))
    , m_clock(clock)
{}

void TrainingIdCardReader::read()
{
    if (m_busy) {
        QTimer::singleShot(0, this, [this] { emit failed(makeError(u"idcard.busy"_qs, u"reader"_qs)); });
        return;
    }
    m_busy = true;
    // A test file is small and local: read it now, deliver from the event loop as a driver would.
    Result<IdCard> card = readCardFile(m_cardFile, m_clock.today());
    QTimer::singleShot(0, this, [this, card = std::move(card)] {
        m_busy = false;
        if (card) {
            qCInfo(lcDevices) << "training card read"; // never the card's contents (personal data)
            emit cardRead(*card);
        } else {
            qCInfo(lcDevices) << "training card refused:" << card.error().code << card.error().field;
            emit failed(card.error());
        }
    });
}

Result<IdCard> TrainingIdCardReader::readCardFile(const QString &cardFile, QDate today)
{
    QFile file(cardFile);
    if (cardFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return makeError(u"idcard.unreadable"_qs, u"file"_qs, u"cannot open the card file"_qs);
    if (file.size() > kMaxCardFileBytes)
        return makeError(u"idcard.unreadable"_qs, u"file"_qs, u"card file too large"_qs);
    return parseCard(file.readAll(), QFileInfo(cardFile).absolutePath(), today);
}

Result<IdCard> TrainingIdCardReader::parseCard(const QByteArray &json, const QString &photoFolder,
                                               QDate today)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(u"idcard.unreadable"_qs, u"file"_qs, u"not a JSON object"_qs);
    const QJsonObject object = document.object();

    IdCard card;
    // Fields in the order the card shows them, so the first error is the one a reader sees first.
    Result<QString> name = textField(object, u"name"_qs, kMaxName);
    if (!name)
        return name.error();
    card.name = *name;
    Result<QString> sex = textField(object, u"sex"_qs, 1);
    if (!sex)
        return sex.error();
    if (*sex != u"男"_qs && *sex != u"女"_qs)
        return makeError(u"idcard.format"_qs, u"sex"_qs, u"男 or 女"_qs);
    card.sex = *sex == u"男"_qs ? identity::Sex::Male : identity::Sex::Female;
    Result<QString> nation = textField(object, u"nation"_qs, kMaxNation);
    if (!nation)
        return nation.error();
    card.nation = *nation;
    Result<QDate> birthDate = dateField(object, u"birthDate"_qs, false);
    if (!birthDate)
        return birthDate.error();
    card.birthDate = *birthDate;
    Result<QString> address = textField(object, u"address"_qs, kMaxAddress);
    if (!address)
        return address.error();
    card.address = *address;

    const QString field = u"documentNumber"_qs;
    if (!object.value(field).isString() || object.value(field).toString().trimmed().isEmpty())
        return makeError(u"identity.empty"_qs, field);
    Result<identity::IdentityNumber> number =
        identity::parse(identity::DocumentType::ResidentIdCard, object.value(field).toString(), today, field);
    if (!number)
        return number.error();
    card.documentNumber = number->number;
    // A resident card's number carries the birth date and sex printed beside it; a card whose
    // chip disagrees with itself is forged or the test file was mistyped.
    if (number->birthDate.isValid() && number->birthDate != card.birthDate)
        return makeError(u"idcard.birth_mismatch"_qs, u"birthDate"_qs);
    if (number->sex != identity::Sex::Unknown && number->sex != card.sex)
        return makeError(u"idcard.sex_mismatch"_qs, u"sex"_qs);

    Result<QString> issuer = textField(object, u"issuer"_qs, kMaxIssuer);
    if (!issuer)
        return issuer.error();
    card.issuer = *issuer;
    Result<QDate> validFrom = dateField(object, u"validFrom"_qs, false);
    if (!validFrom)
        return validFrom.error();
    card.validFrom = *validFrom;
    Result<QDate> validTo = dateField(object, u"validTo"_qs, true);
    if (!validTo)
        return validTo.error();
    card.validTo = *validTo;
    if (card.validTo.isValid() && card.validTo < card.validFrom)
        return makeError(u"idcard.date"_qs, u"validTo"_qs, u"ends before it starts"_qs);
    if (card.validFrom > today)
        return makeError(u"idcard.not_yet_valid"_qs, u"validFrom"_qs);
    // The card is valid through its last day (有效期限 "2020.01.01-2040.01.01" includes 2040-01-01).
    if (card.validTo.isValid() && card.validTo < today)
        return makeError(u"idcard.expired"_qs, u"validTo"_qs);

    Result<QImage> photo = photoField(object, photoFolder);
    if (!photo)
        return photo.error();
    card.photo = *photo;
    return card;
}

Result<IdCard> TrainingIdCardReader::trainingCardFor(const QString &name, const QString &documentNumber,
                                                     QDate today)
{
    Result<identity::IdentityNumber> number =
        identity::parse(identity::DocumentType::ResidentIdCard, documentNumber, today, u"documentNumber"_qs);
    if (!number)
        return number.error();
    IdCard card;
    card.name = name.trimmed();
    if (card.name.isEmpty())
        return makeError(u"idcard.empty"_qs, u"name"_qs);
    if (card.name.size() > kMaxName)
        return makeError(u"idcard.too_long"_qs, u"name"_qs);
    card.sex = number->sex;
    card.nation = u"汉"_qs;
    card.birthDate = number->birthDate;
    card.address = u"培训地址 示例路1号"_qs;
    card.documentNumber = number->number;
    card.issuer = u"培训公安局"_qs;
    card.validFrom = today.addYears(-5);
    card.validTo = card.validFrom.addYears(10);
    // The chip photo's size (102 × 126): a light background and a grey head and shoulders.
    QImage photo(102, 126, QImage::Format_RGB32);
    photo.fill(QColor(230, 238, 248));
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(120, 120, 130));
    painter.drawEllipse(QPointF(51, 48), 22, 27);
    painter.drawRoundedRect(QRectF(16, 84, 70, 60), 24, 24);
    painter.end();
    card.photo = photo;
    return card;
}

Status TrainingIdCardReader::writeCardFile(const IdCard &card, const QString &cardFile)
{
    const QFileInfo info(cardFile);
    const QString photoName = info.completeBaseName() + u".png"_qs;
    if (!card.photo.save(info.dir().filePath(photoName), "PNG"))
        return makeError(u"idcard.unreadable"_qs, u"file"_qs, u"cannot write the photo"_qs);
    const QJsonObject json{
        {u"name"_qs, card.name},
        {u"sex"_qs, card.sex == identity::Sex::Male ? u"男"_qs : u"女"_qs},
        {u"nation"_qs, card.nation},
        {u"birthDate"_qs, card.birthDate.toString(Qt::ISODate)},
        {u"address"_qs, card.address},
        {u"documentNumber"_qs, card.documentNumber},
        {u"issuer"_qs, card.issuer},
        {u"validFrom"_qs, card.validFrom.toString(Qt::ISODate)},
        {u"validTo"_qs, card.validIndefinitely() ? u"长期"_qs : card.validTo.toString(Qt::ISODate)},
        {u"photo"_qs, photoName},
    };
    QFile file(cardFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(json).toJson()) < 0)
        return makeError(u"idcard.unreadable"_qs, u"file"_qs, u"cannot write the card file"_qs);
    return {};
}

} // namespace hpf::client::devices
