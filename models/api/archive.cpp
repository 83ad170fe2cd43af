#include "api/archive.h"

#include "crypto/sm3.h"

#include <QJsonDocument>

namespace hpf::client::api {

namespace {

const QString kBase = u"/api/v1/archive"_qs;

// A member that is either null (or absent) or an object: true when it is an object to read.
bool nullableObject(Reader &r, const QJsonObject &json, QStringView key)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isObject()) {
        r.object(key); // records "not an object" with the path
        return false;
    }
    return true;
}

QByteArray base64(Reader &r, const QJsonObject &json, QStringView key, const QString &path, Error *error)
{
    const QString text = json.value(key).toString();
    if (json.value(key).isString()) {
        auto decoded =
            QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return *decoded;
        if (!error->code.size())
            *error = contractError(path, u"not base64"_qs);
        return {};
    }
    r.text(key); // missing or wrong type
    return {};
}

bool isHexDigest(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

Result<ArchivePackageSummary> readSummary(Reader &r, const QJsonObject &json)
{
    ArchivePackageSummary s;
    s.id = r.idOrNumber(u"id");
    s.archiveNumber = r.id(u"archiveNumber");
    s.serial = r.id(u"serial");
    s.business = r.id(u"business");
    s.businessName = r.text(u"businessName");
    s.personName = r.optionalText(u"personName");
    s.accountNumber = r.optionalText(u"accountNumber");
    s.registeredAt = r.dateTime(u"registeredAt");
    s.fileCount = int(r.integer(u"fileCount"));
    s.totalBytes = r.integer(u"totalBytes");
    if (nullableObject(r, json, u"lastCheck")) {
        Reader c = r.object(u"lastCheck");
        ArchiveCheckRef ref;
        ref.id = c.idOrNumber(u"id");
        ref.at = c.dateTime(u"at");
        ref.passed = c.boolean(u"passed");
        s.lastCheck = ref;
    }
    if (!r.ok())
        return r.error();
    return s;
}

Result<ArchiveCheckReport> readReport(Reader &r)
{
    ArchiveCheckReport report;
    report.id = r.idOrNumber(u"id");
    report.packageId = r.idOrNumber(u"packageId");
    report.archiveNumber = r.id(u"archiveNumber");
    report.at = r.dateTime(u"at");
    report.by = r.id(u"by");
    report.passed = r.boolean(u"passed");
    static const QStringList aspects{u"authenticity"_qs, u"integrity"_qs, u"usability"_qs, u"security"_qs};
    for (Reader &i : r.objects(u"items")) {
        ArchiveCheckItem item;
        item.aspect = i.id(u"aspect");
        if (i.ok() && !aspects.contains(item.aspect))
            return contractError(i.path(u"aspect"), u"not one of the four aspects"_qs);
        item.check = i.id(u"check");
        item.file = i.optionalText(u"file");
        item.passed = i.boolean(u"passed");
        item.detail = i.optionalText(u"detail");
        report.items.append(item);
    }
    if (!r.ok())
        return r.error();
    return report;
}

template<typename T>
void get(ApiClient *api, const QString &path, QObject *context, std::function<void(const Reply<T> &)> done)
{
    api::fetch<T>(api, ApiRequest::get(path), context, &T::fromJson, std::move(done));
}

} // namespace

const ArchiveBusiness *ArchiveMaterials::find(const QString &business) const
{
    for (const ArchiveBusiness &b : businesses) {
        if (b.business == business)
            return &b;
    }
    return nullptr;
}

Result<ArchiveMaterials> ArchiveMaterials::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ArchiveMaterials m;
    Reader scan = r.object(u"scan");
    m.scan.dpi = int(scan.integer(u"dpi"));
    m.scan.colourMode = scan.id(u"colourMode");
    m.scan.textColourMode = scan.id(u"textColourMode");
    m.scan.minDpi = int(scan.integer(u"minDpi"));
    for (Reader &b : r.objects(u"businesses")) {
        ArchiveBusiness business;
        business.business = b.id(u"business");
        business.classCode = b.id(u"class");
        business.name = b.text(u"name");
        business.nameEn = b.text(u"nameEn");
        for (Reader &x : b.objects(u"materials")) {
            ArchiveMaterial material;
            material.code = x.id(u"code");
            material.name = x.text(u"name");
            material.nameEn = x.text(u"nameEn");
            material.required = x.boolean(u"required");
            material.minPages = int(x.integer(u"minPages"));
            if (x.ok() && material.minPages < 0)
                return contractError(x.path(u"minPages"), u"negative"_qs);
            business.materials.append(material);
        }
        m.businesses.append(business);
    }
    if (!r.ok())
        return r.error();
    if (m.scan.dpi <= 0 || m.scan.minDpi <= 0)
        return contractError(u"scan.dpi"_qs, u"not a resolution"_qs);
    return m;
}

Result<ArchiveRecord> ArchiveRecord::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ArchiveRecord rec;
    rec.serial = r.id(u"serial");
    rec.business = r.id(u"business");
    rec.businessName = r.text(u"businessName");
    rec.occurredAt = r.dateTime(u"occurredAt");
    rec.branch = r.text(u"branch");
    Reader subject = r.object(u"subject");
    rec.personName = subject.optionalText(u"personName");
    rec.idNumberMasked = subject.optionalText(u"idNumberMasked");
    rec.accountNumber = subject.optionalText(u"accountNumber");
    rec.unitName = subject.optionalText(u"unitName");
    if (nullableObject(r, json, u"package")) {
        Reader p = r.object(u"package");
        ArchivePackageRef ref;
        ref.id = p.idOrNumber(u"id");
        ref.archiveNumber = p.id(u"archiveNumber");
        ref.registeredAt = p.dateTime(u"registeredAt");
        rec.package = ref;
    }
    for (const QJsonValue &v : r.optionalArray(u"satisfiedMaterials")) {
        if (!v.isString() || v.toString().isEmpty()) {
            r.invalid(u"satisfiedMaterials", u"not a list of material codes"_qs);
            break;
        }
        rec.satisfiedMaterials.append(v.toString());
    }
    if (!r.ok())
        return r.error();
    return rec;
}

Result<ArchiveUpload> ArchiveUpload::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ArchiveUpload u;
    u.uploadId = r.id(u"uploadId");
    u.serial = r.id(u"serial");
    u.chunkBytes = int(r.integer(u"chunkBytes"));
    u.expiresAt = r.dateTime(u"expiresAt");
    u.complete = r.boolean(u"complete");
    const QList<Reader> files = r.objects(u"files");
    for (qsizetype i = 0; i < files.size(); ++i) {
        Reader f = files.at(i);
        UploadFileState state;
        state.name = f.id(u"name");
        state.size = f.integer(u"size");
        state.chunks = int(f.integer(u"chunks"));
        const QJsonArray received = f.array(u"received");
        if (!f.ok())
            return f.error();
        for (qsizetype k = 0; k < received.size(); ++k) {
            const QJsonValue v = received.at(k);
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 0 || d >= state.chunks || double(qint64(d)) != d)
                return contractError(f.path(u"received") + u'[' + QString::number(k) + u']',
                                     u"not a chunk number of this file"_qs);
            state.received.append(int(d));
        }
        u.files.append(state);
    }
    if (!r.ok())
        return r.error();
    if (u.chunkBytes <= 0)
        return contractError(u"chunkBytes"_qs, u"not positive"_qs);
    for (qsizetype i = 0; i < u.files.size(); ++i) {
        const UploadFileState &f = u.files.at(i);
        const qint64 expected = f.size <= 0 ? 1 : (f.size + u.chunkBytes - 1) / u.chunkBytes;
        if (f.size < 0 || f.chunks != expected)
            return contractError(u"files[%1].chunks"_qs.arg(i), u"does not match size and chunkBytes"_qs);
    }
    return u;
}

Result<ChunkAck> ChunkAck::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ChunkAck a{r.id(u"name"), int(r.integer(u"chunk")), int(r.integer(u"received")), r.boolean(u"complete")};
    if (!r.ok())
        return r.error();
    return a;
}

Result<ArchivePackageSummary> ArchivePackageSummary::fromJson(const QJsonObject &json)
{
    Reader r(json);
    return readSummary(r, json);
}

Result<ArchivePackage> ArchivePackage::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ArchivePackage p;
    auto summary = readSummary(r, json);
    if (!summary)
        return summary.error();
    p.summary = *summary;
    p.manifest = r.rawObject(u"manifest");
    Error error;
    p.manifestBytes = base64(r, json, u"manifestBytes", u"manifestBytes"_qs, &error);
    p.signature = base64(r, json, u"signature", u"signature"_qs, &error);
    p.signerKid = r.id(u"signerKid");
    for (Reader &f : r.objects(u"files")) {
        ArchivePackageFile file;
        file.name = f.id(u"name");
        file.role = f.id(u"role");
        file.material = f.optionalText(u"material");
        file.sequence = int(f.integer(u"sequence"));
        file.mediaType = f.id(u"mediaType");
        file.size = f.integer(u"size");
        file.sm3 = f.id(u"sm3");
        if (f.ok() && !isHexDigest(file.sm3))
            return contractError(f.path(u"sm3"), u"not a digest"_qs);
        file.sha256 = f.id(u"sha256");
        if (f.ok() && !isHexDigest(file.sha256))
            return contractError(f.path(u"sha256"), u"not a digest"_qs);
        p.files.append(file);
    }
    if (!r.ok())
        return r.error();
    if (!error.code.isEmpty())
        return error;
    if (p.manifestBytes.isEmpty())
        return contractError(u"manifestBytes"_qs, u"empty"_qs);
    return p;
}

Result<ArchiveCommitted> ArchiveCommitted::fromJson(const QJsonObject &json)
{
    const QJsonValue v = json.value(u"package");
    if (!v.isObject())
        return contractError(u"package"_qs,
                             v.isUndefined() || v.isNull() ? u"missing"_qs : u"not an object"_qs);
    auto p = ArchivePackage::fromJson(v.toObject());
    if (!p)
        return contractError(u"package."_qs + p.error().field, p.error().detail);
    return ArchiveCommitted{*p};
}

Result<ArchiveSearchPage> ArchiveSearchPage::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ArchiveSearchPage page;
    const QList<Reader> items = r.objects(u"items");
    const QJsonArray raw = json.value(u"items").toArray();
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
        Reader item = items.at(i);
        auto s = readSummary(item, raw.at(i).toObject());
        if (!s)
            return s.error();
        page.items.append(*s);
    }
    page.nextCursor = r.optionalText(u"nextCursor");
    if (!r.ok())
        return r.error();
    return page;
}

Result<ArchiveFileSlice> ArchiveFileSlice::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ArchiveFileSlice s;
    s.name = r.id(u"name");
    s.mediaType = r.id(u"mediaType");
    s.size = r.integer(u"size");
    s.offset = r.integer(u"offset");
    Error error;
    s.data = base64(r, json, u"data", u"data"_qs, &error);
    s.sm3 = r.id(u"sm3");
    s.sha256 = r.id(u"sha256");
    if (!r.ok())
        return r.error();
    if (!error.code.isEmpty())
        return error;
    if (s.offset < 0 || s.offset + s.data.size() > s.size)
        return contractError(u"data"_qs, u"beyond the file's size"_qs);
    if (!isHexDigest(s.sm3))
        return contractError(u"sm3"_qs, u"not a digest"_qs);
    if (!isHexDigest(s.sha256))
        return contractError(u"sha256"_qs, u"not a digest"_qs);
    return s;
}

Result<ArchiveExport> ArchiveExport::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ArchiveExport x{r.idOrNumber(u"exportId"), r.text(u"watermark"), r.dateTime(u"at")};
    if (!r.ok())
        return r.error();
    if (x.watermark.trimmed().isEmpty())
        return contractError(u"watermark"_qs, u"empty"_qs);
    return x;
}

Result<ArchiveCheckReport> ArchiveCheckReport::fromJson(const QJsonObject &json)
{
    Reader r(json);
    return readReport(r);
}

Result<ArchiveCheckList> ArchiveCheckList::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ArchiveCheckList list;
    for (Reader &item : r.objects(u"items")) {
        auto report = readReport(item);
        if (!report)
            return report.error();
        list.items.append(*report);
    }
    if (!r.ok())
        return r.error();
    return list;
}

Result<ArchiveCheckSummary> ArchiveCheckSummary::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ArchiveCheckSummary s;
    s.from = r.date(u"from");
    s.to = r.date(u"to");
    s.packages = int(r.integer(u"packages"));
    s.checked = int(r.integer(u"checked"));
    s.passed = int(r.integer(u"passed"));
    s.failed = int(r.integer(u"failed"));
    for (Reader &f : r.objects(u"failures")) {
        ArchiveCheckFailure failure;
        failure.packageId = f.idOrNumber(u"packageId");
        failure.archiveNumber = f.id(u"archiveNumber");
        failure.at = f.dateTime(u"at");
        const QJsonArray failed = f.array(u"failed");
        for (qsizetype i = 0; i < failed.size(); ++i) {
            if (!failed.at(i).isString())
                return contractError(f.path(u"failed") + u'[' + QString::number(i) + u']',
                                     u"not a string"_qs);
            failure.failed.append(failed.at(i).toString());
        }
        s.failures.append(failure);
    }
    if (!r.ok())
        return r.error();
    return s;
}

bool ArchiveSearchQuery::isEmpty() const
{
    return name.trimmed().isEmpty() && idNumber.trimmed().isEmpty() && accountNumber.trimmed().isEmpty() &&
           unitCode.trimmed().isEmpty() && serial.trimmed().isEmpty() && archiveNumber.trimmed().isEmpty() &&
           !from.isValid() && !to.isValid();
}

namespace archive {

void materials(ApiClient *api, QObject *context, std::function<void(const Reply<ArchiveMaterials> &)> done)
{
    get<ArchiveMaterials>(api, kBase + u"/materials"_qs, context, std::move(done));
}

void record(ApiClient *api, const QString &serial, QObject *context,
            std::function<void(const Reply<ArchiveRecord> &)> done)
{
    get<ArchiveRecord>(api, kBase + u"/records/"_qs + segment(serial.trimmed()), context, std::move(done));
}

ops::Request createUpload(const hpf::archive::Manifest &draft, const QString &summary)
{
    const QJsonObject manifest = QJsonDocument::fromJson(hpf::archive::toJson(draft)).object();
    ops::Request request{
        QByteArrayLiteral("POST"), kBase + u"/uploads"_qs, {{u"manifest"_qs, manifest}}, summary};
    request.timeoutMs = 60000;
    return request;
}

ApiRequest uploadState(const QString &uploadId)
{
    return ApiRequest::get(kBase + u"/uploads/"_qs + segment(uploadId));
}

void upload(ApiClient *api, const QString &uploadId, QObject *context,
            std::function<void(const Reply<ArchiveUpload> &)> done)
{
    api::fetch<ArchiveUpload>(api, uploadState(uploadId), context, &ArchiveUpload::fromJson, std::move(done));
}

ApiRequest chunk(const QString &uploadId, const QString &file, int index, QByteArrayView bytes,
                 const QString &idempotencyKey)
{
    const QJsonObject body{{u"sm3"_qs, QString::fromLatin1(crypto::sm3(bytes).toHex())},
                           {u"data"_qs, QString::fromLatin1(bytes.toByteArray().toBase64())}};
    ApiRequest request = ApiRequest::post(kBase + u"/uploads/"_qs + segment(uploadId) + u"/files/"_qs +
                                              segment(file) + u"/chunks/"_qs + QString::number(index),
                                          body, idempotencyKey);
    request.timeoutMs = 60000;
    return request;
}

ops::Request commit(const QString &uploadId, const QString &summary)
{
    ops::Request request{QByteArrayLiteral("POST"),
                         kBase + u"/uploads/"_qs + segment(uploadId) + u"/commit"_qs, QJsonObject(), summary};
    request.timeoutMs = 120000; // the server assembles, digests and probes every file
    return request;
}

QJsonObject searchBody(const ArchiveSearchQuery &q)
{
    QJsonObject body;
    const std::pair<const char *, QString> texts[] = {{"name", q.name.trimmed()},
                                                      {"idNumber", q.idNumber.trimmed()},
                                                      {"accountNumber", q.accountNumber.trimmed()},
                                                      {"unitCode", q.unitCode.trimmed()},
                                                      {"serial", q.serial.trimmed()},
                                                      {"archiveNumber", q.archiveNumber.trimmed()}};
    for (const auto &[key, value] : texts) {
        if (!value.isEmpty())
            body.insert(QString::fromLatin1(key), value);
    }
    if (q.from.isValid())
        body.insert(u"from"_qs, q.from.toString(Qt::ISODate));
    if (q.to.isValid())
        body.insert(u"to"_qs, q.to.toString(Qt::ISODate));
    body.insert(u"limit"_qs, qBound(1, q.limit, 50));
    if (!q.cursor.isEmpty())
        body.insert(u"cursor"_qs, q.cursor);
    return body;
}

void search(ApiClient *api, const ArchiveSearchQuery &query, QObject *context,
            std::function<void(const Reply<ArchiveSearchPage> &)> done)
{
    api::fetch<ArchiveSearchPage>(api, ApiRequest::search(kBase + u"/packages/search"_qs, searchBody(query)),
                                  context, &ArchiveSearchPage::fromJson, std::move(done));
}

void package(ApiClient *api, const QString &id, QObject *context,
             std::function<void(const Reply<ArchivePackage> &)> done)
{
    get<ArchivePackage>(api, kBase + u"/packages/"_qs + segment(id), context, std::move(done));
}

void file(ApiClient *api, const QString &id, const QString &name, qint64 offset, QObject *context,
          std::function<void(const Reply<ArchiveFileSlice> &)> done)
{
    ApiRequest request = ApiRequest::get(kBase + u"/packages/"_qs + segment(id) + u"/files/"_qs +
                                         segment(name) + u"?offset="_qs + QString::number(offset));
    request.timeoutMs = 60000;
    api::fetch<ArchiveFileSlice>(api, request, context, &ArchiveFileSlice::fromJson, std::move(done));
}

ops::Request exportPackage(const QString &id, const QString &purpose, const QString &summary)
{
    return {QByteArrayLiteral("POST"), kBase + u"/packages/"_qs + segment(id) + u"/exports"_qs,
            QJsonObject{{u"purpose"_qs, purpose.trimmed()}}, summary};
}

ops::Request runCheck(const QString &id, const QString &summary)
{
    ops::Request request{QByteArrayLiteral("POST"), kBase + u"/packages/"_qs + segment(id) + u"/checks"_qs,
                         QJsonObject(), summary};
    request.timeoutMs = 120000;
    return request;
}

void checks(ApiClient *api, const QString &id, QObject *context,
            std::function<void(const Reply<ArchiveCheckList> &)> done)
{
    get<ArchiveCheckList>(api, kBase + u"/packages/"_qs + segment(id) + u"/checks"_qs, context,
                          std::move(done));
}

void checkSummary(ApiClient *api, const QDate &from, const QDate &to, QObject *context,
                  std::function<void(const Reply<ArchiveCheckSummary> &)> done)
{
    get<ArchiveCheckSummary>(api,
                             kBase + u"/checks/summary?from="_qs + from.toString(Qt::ISODate) + u"&to="_qs +
                                 to.toString(Qt::ISODate),
                             context, std::move(done));
}

} // namespace archive

} // namespace hpf::client::api
