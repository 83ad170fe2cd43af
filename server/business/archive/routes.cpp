// Electronic archives (issue 14): materials, records, uploads in chunks, commit, search, packages,
// file reads, exports and the 四性 checks. The only file of the area that reads JSON and HTTP.
#include "platform/http/routes.h"

#include "business/archive/archivepackages.h"
#include "business/archive/archiveservice.h"
#include "business/archive/fourchecks.h"
#include "platform/http/bodyreader.h"
#include "platform/http/problem.h"
#include "platform/http/requestcontext.h"
#include "platform/store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hpf::server {

namespace {

// The chunk route carries 64 KiB of data as base64 (≈ 87 KiB) plus its digest.
constexpr int kChunkBodyBytes = 96 * 1024;

Result<qint64> packageId(const RequestContext &ctx)
{
    bool ok = false;
    const qint64 id = ctx.arg(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(u"archive.unknown_package"_qs, u"id"_qs);
    return id;
}

QJsonObject materialsJson(const finance::ArchivePolicy &a)
{
    QJsonArray businesses;
    for (const finance::ArchiveBusiness &b : a.businesses) {
        QJsonArray materials;
        for (const finance::ArchiveMaterial &m : b.materials)
            materials.append(QJsonObject{{u"code"_qs, m.code},
                                         {u"name"_qs, m.name},
                                         {u"nameEn"_qs, m.nameEn},
                                         {u"required"_qs, m.required},
                                         {u"minPages"_qs, m.minPages}});
        businesses.append(QJsonObject{{u"business"_qs, b.business},
                                      {u"class"_qs, b.classCode},
                                      {u"name"_qs, b.name},
                                      {u"nameEn"_qs, b.nameEn},
                                      {u"materials"_qs, materials}});
    }
    return {{u"scan"_qs, QJsonObject{{u"dpi"_qs, a.scan.dpi},
                                     {u"colourMode"_qs, a.scan.colourMode},
                                     {u"textColourMode"_qs, a.scan.textColourMode},
                                     {u"minDpi"_qs, a.scan.minDpi}}},
            {u"businesses"_qs, businesses}};
}

Result<archive::Manifest> readUploadBody(RequestContext &ctx, QByteArray *json)
{
    if (!ctx.body.value(u"manifest"_qs).isObject())
        return makeError(u"request.field_required"_qs, u"manifest"_qs, u"an object is required"_qs);
    for (const QString &key : ctx.body.keys()) {
        if (key != u"manifest")
            return makeError(u"request.unknown_field"_qs, key);
    }
    const QByteArray bytes =
        QJsonDocument(ctx.body.value(u"manifest"_qs).toObject()).toJson(QJsonDocument::Compact);
    if (json)
        *json = bytes;
    return readDraft(bytes);
}

Result<ChunkInput> readChunk(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    ChunkInput in;
    in.uploadId = ctx.arg(0);
    in.name = ctx.arg(1);
    bool ok = false;
    in.chunk = ctx.arg(2).toInt(&ok);
    if (!ok)
        return makeError(u"archive.chunk_range"_qs, u"chunk"_qs);
    in.sm3 = body.string(u"sm3"_qs, 64);
    const QString data = body.string(u"data"_qs, 4 * ((kArchiveChunkBytes + 2) / 3));
    if (Status s = body.finish(); !s)
        return s.error();
    auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return makeError(u"request.field_type"_qs, u"data"_qs, u"not base64"_qs);
    in.data = *decoded;
    return in;
}

Result<PackageSearch> readSearch(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    PackageSearch s;
    s.name = body.string(u"name"_qs, 100, false);
    s.idNumber = body.string(u"idNumber"_qs, 40, false).toUpper();
    s.accountNumber = body.string(u"accountNumber"_qs, 20, false);
    s.unitCode = body.string(u"unitCode"_qs, 30, false);
    s.serial = body.string(u"serial"_qs, 40, false);
    s.archiveNumber = body.string(u"archiveNumber"_qs, 80, false);
    const QString from = body.string(u"from"_qs, 10, false);
    const QString to = body.string(u"to"_qs, 10, false);
    s.limit = int(body.optionalInteger(u"limit"_qs, 1, 50).value_or(20));
    const QString cursor = body.string(u"cursor"_qs, 20, false);
    if (Status st = body.finish(); !st)
        return st.error();
    s.from = QDate::fromString(from, Qt::ISODate);
    s.to = QDate::fromString(to, Qt::ISODate);
    if (!from.isEmpty() && !s.from.isValid())
        return makeError(u"request.field_type"_qs, u"from"_qs, u"YYYY-MM-DD"_qs);
    if (!to.isEmpty() && !s.to.isValid())
        return makeError(u"request.field_type"_qs, u"to"_qs, u"YYYY-MM-DD"_qs);
    if (!cursor.isEmpty()) {
        bool ok = false;
        s.cursor = cursor.toLongLong(&ok);
        if (!ok || s.cursor <= 0)
            return makeError(u"request.field_type"_qs, u"cursor"_qs, u"not a cursor of this search"_qs);
    }
    if (Status st = checkSearch(s); !st)
        return st.error();
    return s;
}

Status emptyBody(RequestContext &ctx)
{
    return ctx.body.isEmpty() ? Status{}
                              : Status{makeError(u"request.unknown_field"_qs, ctx.body.keys().value(0))};
}

// "files[3].sm3" → 3
int fileIndex(const QString &field)
{
    const qsizetype open = field.indexOf(u'[');
    const qsizetype close = field.indexOf(u']');
    return open < 0 || close < open ? -1 : field.mid(open + 1, close - open - 1).toInt();
}

} // namespace

void registerArchiveRoutes(Router &router)
{
    router.add(makeRoute(
        "GET", u"/api/v1/archive/materials"_qs, u"archive.materials"_qs, false, {},
        [](RequestContext &ctx) -> Result<HttpResponse> {
            return withEtag(ctx.request, HttpResponse::json(200, materialsJson(ctx.server.policy.archive())));
        }));
    router.add(makeRoute("GET", u"/api/v1/archive/records/{serial}"_qs, u"archive.record"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             ctx.noteRead(u"archive-record:"_qs + ctx.arg(0));
                             auto r = findRecord(ctx, ctx.arg(0));
                             if (!r)
                                 return r.error();
                             return r->toJson();
                         })));
    router.add(makeRoute(
        "POST", u"/api/v1/archive/uploads"_qs, u"archive.upload"_qs, true,
        [](RequestContext &ctx) {
            auto m = readUploadBody(ctx, nullptr);
            return m ? Status{} : Status{m.error()};
        },
        jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
            QByteArray json;
            auto m = readUploadBody(ctx, &json);
            if (!m)
                return m.error();
            auto st = createUpload(ctx, *m, json);
            if (!st)
                return st.error();
            return st->toJson();
        })));
    router.add(makeRoute("GET", u"/api/v1/archive/uploads/{uploadId}"_qs, u"archive.upload_status"_qs, false,
                         {}, jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto st = uploadStatus(ctx, ctx.arg(0));
                             if (!st)
                                 return st.error();
                             return st->toJson();
                         })));
    router.add(makeRoute(
        "POST", u"/api/v1/archive/uploads/{uploadId}/files/{name}/chunks/{chunk}"_qs, u"archive.chunk"_qs,
        true,
        [](RequestContext &ctx) {
            auto in = readChunk(ctx);
            return in ? Status{} : Status{in.error()};
        },
        jsonHandler(200,
                    [](RequestContext &ctx) -> Result<QJsonObject> {
                        auto in = readChunk(ctx);
                        if (!in)
                            return in.error();
                        auto r = putChunk(ctx, *in);
                        if (!r)
                            return r.error();
                        return r->toJson();
                    }),
        kChunkBodyBytes));
    router.add(makeRoute("POST", u"/api/v1/archive/uploads/{uploadId}/commit"_qs, u"archive.commit"_qs, true,
                         emptyBody, [](RequestContext &ctx) -> Result<HttpResponse> {
                             auto id = commitUpload(ctx, ctx.arg(0));
                             if (!id) {
                                 if (id.error().code != u"archive.manifest_mismatch")
                                     return id.error();
                                 // Refused, and that file's chunks dropped so it can be sent again.
                                 auto refusal = refusalResponse(ctx, id.error(), {});
                                 if (!refusal)
                                     return refusal.error();
                                 if (Status s = dropFileChunks(ctx, ctx.arg(0), fileIndex(id.error().field));
                                     !s)
                                     return s.error();
                                 return refusal;
                             }
                             auto package = getPackage(ctx, *id);
                             ctx.readObject.clear(); // the commit is audited as a write
                             if (!package)
                                 return package.error();
                             return HttpResponse::json(201, QJsonObject{{u"package"_qs, *package}});
                         }));
    router.add(makeRoute(
        "POST", u"/api/v1/archive/packages/search"_qs, u"archive.search"_qs, false,
        [](RequestContext &ctx) {
            auto s = readSearch(ctx);
            return s ? Status{} : Status{s.error()};
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto s = readSearch(ctx);
            if (!s)
                return s.error();
            return inReadTransaction(ctx, [&]() -> Result<QJsonObject> {
                auto page = searchPackages(ctx, *s);
                if (!page)
                    return page.error();
                QJsonArray items;
                for (const QJsonObject &o : page->items)
                    items.append(o);
                return QJsonObject{{u"items"_qs, items},
                                   {u"nextCursor"_qs, page->nextCursor
                                                          ? QJsonValue(QString::number(*page->nextCursor))
                                                          : QJsonValue()}};
            });
        })));
    router.add(makeRoute("GET", u"/api/v1/archive/packages/{id}"_qs, u"archive.get"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto id = packageId(ctx);
                             if (!id)
                                 return id.error();
                             return getPackage(ctx, *id);
                         })));
    router.add(makeRoute("GET", u"/api/v1/archive/packages/{id}/files/{name}"_qs, u"archive.file"_qs, false,
                         {}, jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto id = packageId(ctx);
                             if (!id)
                                 return id.error();
                             const QString offsetText = ctx.request.query.queryItemValue(u"offset"_qs);
                             bool ok = true;
                             const qint64 offset = offsetText.isEmpty() ? 0 : offsetText.toLongLong(&ok);
                             if (!ok)
                                 return makeError(u"archive.offset"_qs, u"offset"_qs);
                             auto f = readPackageFile(ctx, *id, ctx.arg(1), offset);
                             if (!f)
                                 return f.error();
                             return QJsonObject{{u"name"_qs, f->name},
                                                {u"mediaType"_qs, f->mediaType},
                                                {u"size"_qs, f->size},
                                                {u"offset"_qs, f->offset},
                                                {u"data"_qs, QString::fromLatin1(f->data.toBase64())},
                                                {u"sm3"_qs, f->sm3},
                                                {u"sha256"_qs, f->sha256}};
                         })));
    router.add(makeRoute(
        "POST", u"/api/v1/archive/packages/{id}/exports"_qs, u"archive.export"_qs, true,
        [](RequestContext &ctx) {
            BodyReader body(ctx.body);
            body.string(u"purpose"_qs, 200);
            return body.finish();
        },
        jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto id = packageId(ctx);
            if (!id)
                return id.error();
            BodyReader body(ctx.body);
            const QString purpose = body.string(u"purpose"_qs, 200);
            if (Status s = body.finish(); !s)
                return s.error();
            auto g = createExport(ctx, *id, purpose);
            if (!g)
                return g.error();
            return QJsonObject{{u"exportId"_qs, g->exportId},
                               {u"watermark"_qs, g->watermark},
                               {u"at"_qs, g->at.toString(Qt::ISODate)}};
        })));
    router.add(makeRoute("POST", u"/api/v1/archive/packages/{id}/checks"_qs, u"archive.check"_qs, true,
                         emptyBody, jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto id = packageId(ctx);
                             if (!id)
                                 return id.error();
                             auto r = checkAndRecord(ctx, *id, ctx.user().username);
                             if (!r)
                                 return r.error();
                             return r->toJson();
                         })));
    router.add(makeRoute("GET", u"/api/v1/archive/packages/{id}/checks"_qs, u"archive.checks"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto id = packageId(ctx);
                             if (!id)
                                 return id.error();
                             auto list = listChecks(ctx, *id);
                             if (!list)
                                 return list.error();
                             QJsonArray items;
                             for (const CheckReport &r : *list)
                                 items.append(r.toJson());
                             return QJsonObject{{u"items"_qs, items}};
                         })));
    router.add(makeRoute(
        "GET", u"/api/v1/archive/checks/summary"_qs, u"archive.checks_summary"_qs, false, {},
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            const QDate from = QDate::fromString(ctx.request.query.queryItemValue(u"from"_qs), Qt::ISODate);
            const QDate to = QDate::fromString(ctx.request.query.queryItemValue(u"to"_qs), Qt::ISODate);
            if (!from.isValid())
                return makeError(u"request.field_type"_qs, u"from"_qs, u"YYYY-MM-DD"_qs);
            if (!to.isValid() || to < from)
                return makeError(u"request.field_type"_qs, u"to"_qs, u"YYYY-MM-DD, not before from"_qs);
            return checksSummary(ctx, from, to);
        })));
}

} // namespace hpf::server
