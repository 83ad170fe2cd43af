#pragma once

// The archive routes of the contract (issue 14) in memory, for client tests that cannot reach the
// real ones: 1 materials, 2 record (one configurable record), 3 create (idempotency replay),
// 4 upload state, 5 chunks (SM3 and length checked, conflicts refused), 6 commit (every file
// assembled and checked against the manifest's SM3). Faults on demand: a lost link after n
// chunks, every request refused (offline), an expired upload.
#include "crypto/sm3.h"
#include "scriptedhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace hpf::test {

// The archive routes 3–6 as the contract describes them, in memory.
struct FakeArchive
{
    struct File
    {
        QString name;
        qint64 size = 0;
        QString sm3;
        QMap<int, QByteArray> chunks;
        int chunkCount() const { return size == 0 ? 1 : int((size + 65535) / 65536); }
    };
    struct Upload
    {
        QString id;
        QString serial;
        QList<File> files;
        QJsonObject manifest;
    };
    QHash<QString, QByteArray> replies; // idempotency key → stored response body (create, commit)
    QHash<QString, Upload> uploads;
    int creates = 0;          // uploads created (not replays)
    int commits = 0;          // packages committed (not replays)
    int chunkPosts = 0;       // chunk requests that reached the route
    int dropChunksAfter = -1; // connection closed for every chunk past this many (a lost link)
    bool offline = false;     // every request: connection closed
    bool expireNextGet = false;
    QSet<QString> chunkKeysSeen;
    QHash<QString, QString> keyOfChunk; // "upload/file/k" → the first key it came with
    bool keyChanged = false;

    ScriptedHttpServer::Reply handle(const ScriptedHttpServer::Request &rq)
    {
        if (offline)
            return ScriptedHttpServer::Reply::close();
        const QString path = QString::fromLatin1(rq.path);
        const QJsonObject body = QJsonDocument::fromJson(rq.body).object();
        const QString key = QString::fromLatin1(rq.header("Idempotency-Key"));
        static const QRegularExpression chunkPath(
            u"^/api/v1/archive/uploads/([^/]+)/files/([^/]+)/chunks/(\\d+)$"_qs);
        static const QRegularExpression commitPath(u"^/api/v1/archive/uploads/([^/]+)/commit$"_qs);
        static const QRegularExpression statePath(u"^/api/v1/archive/uploads/([^/]+)$"_qs);
        if (rq.method == "GET" && path == u"/api/v1/archive/materials")
            return ScriptedHttpServer::Reply::json(200, materials());
        if (rq.method == "GET" && path.startsWith(u"/api/v1/archive/records/")) {
            if (path.mid(24) != recordSerial)
                return ScriptedHttpServer::Reply::problem(404, "archive.unknown_record", "serial");
            QJsonObject r{{u"serial"_qs, recordSerial},
                          {u"business"_qs, u"openings.account"_qs},
                          {u"businessName"_qs, u"个人账户设立"_qs},
                          {u"occurredAt"_qs, u"2026-12-04T08:00:00Z"_qs},
                          {u"branch"_qs, u"营业部"_qs},
                          {u"subject"_qs, QJsonObject{{u"personName"_qs, u"张三"_qs},
                                                      {u"idNumberMasked"_qs, u"1101**********0012"_qs},
                                                      {u"accountNumber"_qs, u"110000000001"_qs},
                                                      {u"unitName"_qs, QJsonValue(QJsonValue::Null)}}},
                          {u"package"_qs, QJsonValue(QJsonValue::Null)}};
            if (!satisfiedMaterials.isEmpty())
                r.insert(u"satisfiedMaterials"_qs, QJsonArray::fromStringList(satisfiedMaterials));
            if (commits > 0)
                r.insert(u"package"_qs, QJsonObject{{u"id"_qs, u"pk-1"_qs},
                                                    {u"archiveNumber"_qs, u"HPF-2026-GR-000001"_qs},
                                                    {u"registeredAt"_qs, u"2026-12-04T08:00:00Z"_qs}});
            return ScriptedHttpServer::Reply::json(200, QJsonDocument(r).toJson(QJsonDocument::Compact));
        }
        if (rq.method == "GET" && path.startsWith(u"/api/v1/archive/checks/summary?")) {
            return ScriptedHttpServer::Reply::json(
                200,
                R"json({"from":"2026-11-01","to":"2026-12-04","packages":2,"checked":2,"passed":1,"failed":1,
                "failures":[{"packageId":"pk-9","archiveNumber":"HPF-2026-GR-000009","at":"2026-12-01T08:00:00Z",
                "failed":["file.digest","signature"]}]})json");
        }
        if (rq.method == "POST" && path.endsWith(u"/checks") &&
            path.startsWith(u"/api/v1/archive/packages/")) {
            if (replies.contains(key))
                return ScriptedHttpServer::Reply::json(201, replies.value(key));
            ++checks;
            const QByteArray answer =
                QJsonDocument(
                    QJsonObject{
                        {u"id"_qs, u"c%1"_qs.arg(checks)},
                        {u"packageId"_qs, path.section(u'/', 5, 5)},
                        {u"archiveNumber"_qs, u"HPF-2026-GR-000001"_qs},
                        {u"at"_qs, u"2026-12-04T08:00:00Z"_qs},
                        {u"by"_qs, u"archivist1"_qs},
                        {u"passed"_qs, !failCheck},
                        {u"items"_qs,
                         QJsonArray{QJsonObject{{u"aspect"_qs, u"authenticity"_qs},
                                                {u"check"_qs, u"signature"_qs},
                                                {u"file"_qs, QJsonValue(QJsonValue::Null)},
                                                {u"passed"_qs, true},
                                                {u"detail"_qs, u""_qs}},
                                    QJsonObject{{u"aspect"_qs, u"integrity"_qs},
                                                {u"check"_qs, u"file.digest"_qs},
                                                {u"file"_qs, u"p0001.jpg"_qs},
                                                {u"passed"_qs, !failCheck},
                                                {u"detail"_qs, failCheck ? u"digest differs"_qs : u""_qs}},
                                    QJsonObject{{u"aspect"_qs, u"usability"_qs},
                                                {u"check"_qs, u"file.renders"_qs},
                                                {u"file"_qs, u"p0001.jpg"_qs},
                                                {u"passed"_qs, true},
                                                {u"detail"_qs, u""_qs}},
                                    QJsonObject{{u"aspect"_qs, u"security"_qs},
                                                {u"check"_qs, u"audit.commit"_qs},
                                                {u"file"_qs, QJsonValue(QJsonValue::Null)},
                                                {u"passed"_qs, true},
                                                {u"detail"_qs, u""_qs}}}}})
                    .toJson(QJsonDocument::Compact);
            replies.insert(key, answer);
            return ScriptedHttpServer::Reply::json(201, answer);
        }
        static const QRegularExpression packagePath(
            u"^/api/v1/archive/packages/([^/?]+)(/files/([^/?]+))?(/exports)?(\\?offset=(\\d+))?$"_qs);
        if (auto m = packagePath.match(path); m.hasMatch() && !m.captured(1).startsWith(u"search")) {
            const QString id = m.captured(1);
            const auto upload = std::find_if(uploads.cbegin(), uploads.cend(), [&](const Upload &u) {
                return package(u).value(u"id").toString() == id;
            });
            if (upload == uploads.cend() || commits == 0)
                return ScriptedHttpServer::Reply::problem(404, "archive.unknown_package");
            if (rq.method == "POST" && !m.captured(4).isEmpty()) {
                exportBodies.append(body);
                return ScriptedHttpServer::Reply::json(
                    201, QJsonDocument(QJsonObject{{u"exportId"_qs, u"x1"_qs},
                                                   {u"watermark"_qs,
                                                    u"王芳 teller1 2026-12-04 16:00 HPF-2026-GR-000001"_qs},
                                                   {u"at"_qs, u"2026-12-04T08:00:00Z"_qs}})
                             .toJson(QJsonDocument::Compact));
            }
            if (rq.method == "GET" && !m.captured(3).isEmpty()) {
                for (const File &f : upload->files) {
                    if (f.name != m.captured(3))
                        continue;
                    const QByteArray all = assembled(f);
                    const qint64 offset = m.captured(6).toLongLong();
                    const QByteArray part = all.mid(offset, sliceBytes);
                    return ScriptedHttpServer::Reply::json(
                        200, QJsonDocument(QJsonObject{{u"name"_qs, f.name},
                                                       {u"mediaType"_qs, mediaTypeOf(*upload, f.name)},
                                                       {u"size"_qs, qint64(all.size())},
                                                       {u"offset"_qs, offset},
                                                       {u"data"_qs, QString::fromLatin1(part.toBase64())},
                                                       {u"sm3"_qs, f.sm3},
                                                       {u"sha256"_qs, sha256Of(*upload, f.name)}})
                                 .toJson(QJsonDocument::Compact));
                }
                return ScriptedHttpServer::Reply::problem(404, "archive.unknown_file", "name");
            }
            if (rq.method == "GET")
                return ScriptedHttpServer::Reply::json(
                    200, QJsonDocument(package(*upload)).toJson(QJsonDocument::Compact));
        }
        if (rq.method == "POST" && path == u"/api/v1/archive/packages/search") {
            searches.append(body);
            QJsonArray items;
            const int from = body.value(u"cursor").toString().toInt();
            const int limit = body.value(u"limit").toInt(20);
            int next = 0;
            int matched = 0;
            for (const QJsonObject &p : packages) {
                bool match = true;
                for (const QString &term : {u"name"_qs, u"serial"_qs, u"archiveNumber"_qs}) {
                    const QString field = term == u"name" ? u"personName"_qs : term;
                    if (body.contains(term) && p.value(field).toString() != body.value(term).toString())
                        match = false;
                }
                if (!match || matched++ < from)
                    continue;
                if (items.size() == limit) {
                    next = from + limit;
                    break;
                }
                QJsonObject summary = p;
                for (const QString &k :
                     {u"manifest"_qs, u"manifestBytes"_qs, u"signature"_qs, u"signerKid"_qs, u"files"_qs})
                    summary.remove(k);
                items.append(summary);
            }
            return ScriptedHttpServer::Reply::json(
                200, QJsonDocument(QJsonObject{{u"items"_qs, items},
                                               {u"nextCursor"_qs, next ? QJsonValue(QString::number(next))
                                                                       : QJsonValue(QJsonValue::Null)}})
                         .toJson(QJsonDocument::Compact));
        }
        if (rq.method == "POST" && path == u"/api/v1/archive/uploads") {
            if (replies.contains(key))
                return ScriptedHttpServer::Reply::json(201, replies.value(key));
            Upload u;
            u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            u.manifest = body.value(u"manifest").toObject();
            u.serial = u.manifest.value(u"serial").toString();
            for (const QJsonValue &f : u.manifest.value(u"files").toArray()) {
                const QJsonObject o = f.toObject();
                u.files.append({o.value(u"name").toString(),
                                qint64(o.value(u"size").toDouble()),
                                o.value(u"sm3").toString(),
                                {}});
            }
            uploads.insert(u.id, u);
            ++creates;
            const QByteArray answer = QJsonDocument(state(u)).toJson(QJsonDocument::Compact);
            replies.insert(key, answer);
            return ScriptedHttpServer::Reply::json(201, answer);
        }
        if (auto m = chunkPath.match(path); rq.method == "POST" && m.hasMatch()) {
            ++chunkPosts;
            if (dropChunksAfter >= 0 && chunkPosts > dropChunksAfter)
                return ScriptedHttpServer::Reply::close();
            if (!uploads.contains(m.captured(1)))
                return ScriptedHttpServer::Reply::problem(404, "archive.unknown_upload");
            Upload &u = uploads[m.captured(1)];
            const int k = m.captured(3).toInt();
            const QString where = m.captured(1) + u'/' + m.captured(2) + u'/' + QString::number(k);
            if (keyOfChunk.contains(where) && keyOfChunk.value(where) != key)
                keyChanged = true;
            keyOfChunk.insert(where, key);
            for (File &f : u.files) {
                if (f.name != m.captured(2))
                    continue;
                if (k >= f.chunkCount())
                    return ScriptedHttpServer::Reply::problem(404, "archive.chunk_range", "chunk");
                const QByteArray data = QByteArray::fromBase64(body.value(u"data").toString().toLatin1());
                if (QString::fromLatin1(hpf::crypto::sm3(data).toHex()) != body.value(u"sm3").toString())
                    return ScriptedHttpServer::Reply::problem(422, "archive.chunk_digest", "sm3");
                const qint64 expected = qMin<qint64>(f.size, (k + 1) * 65536LL) - k * 65536LL;
                if (data.size() != expected)
                    return ScriptedHttpServer::Reply::problem(422, "archive.chunk_size", "data");
                if (f.chunks.contains(k) && f.chunks.value(k) != data)
                    return ScriptedHttpServer::Reply::problem(409, "archive.chunk_conflict", "chunk");
                f.chunks.insert(k, data);
                bool complete = true;
                for (const File &g : u.files)
                    complete = complete && g.chunks.size() == g.chunkCount();
                return ScriptedHttpServer::Reply::json(
                    200, QJsonDocument(QJsonObject{{u"name"_qs, f.name},
                                                   {u"chunk"_qs, k},
                                                   {u"received"_qs, int(f.chunks.size())},
                                                   {u"complete"_qs, complete}})
                             .toJson(QJsonDocument::Compact));
            }
            return ScriptedHttpServer::Reply::problem(404, "archive.unknown_file", "chunk");
        }
        if (auto m = commitPath.match(path); rq.method == "POST" && m.hasMatch()) {
            if (replies.contains(key))
                return ScriptedHttpServer::Reply::json(201, replies.value(key));
            const Upload &u = uploads.value(m.captured(1));
            for (qsizetype i = 0; i < u.files.size(); ++i) {
                const File &f = u.files.at(i);
                if (f.chunks.size() != f.chunkCount())
                    return ScriptedHttpServer::Reply::problem(409, "archive.upload_incomplete",
                                                              "files[" + QByteArray::number(i) + "]");
                if (QString::fromLatin1(hpf::crypto::sm3(assembled(f)).toHex()) != f.sm3)
                    return ScriptedHttpServer::Reply::problem(422, "archive.manifest_mismatch",
                                                              "files[" + QByteArray::number(i) + "].sm3");
            }
            ++commits;
            packages.append(package(u));
            const QByteArray answer =
                QJsonDocument(QJsonObject{{u"package"_qs, package(u)}}).toJson(QJsonDocument::Compact);
            replies.insert(key, answer);
            return ScriptedHttpServer::Reply::json(201, answer);
        }
        if (auto m = statePath.match(path); rq.method == "GET" && m.hasMatch()) {
            if (expireNextGet) {
                expireNextGet = false;
                return ScriptedHttpServer::Reply::problem(410, "archive.upload_expired");
            }
            if (!uploads.contains(m.captured(1)))
                return ScriptedHttpServer::Reply::problem(404, "archive.unknown_upload");
            return ScriptedHttpServer::Reply::json(
                200, QJsonDocument(state(uploads.value(m.captured(1)))).toJson(QJsonDocument::Compact));
        }
        return ScriptedHttpServer::Reply::problem(404, "http.not_found");
    }

    QString recordSerial = u"YW2026120400000009"_qs;
    QStringList satisfiedMaterials; // materials a sharing answer satisfied (issue 17 withdrawals)
    QList<QJsonObject> packages;    // committed (route 7 searches them)
    QList<QJsonObject> searches;    // the bodies of the searches
    QList<QJsonObject> exportBodies;
    int checks = 0;
    bool failCheck = false;
    qint64 sliceBytes = 1024 * 1024; // route 9 answers at most this much per call

    static QString fileField(const Upload &u, const QString &name, const QString &key)
    {
        for (const QJsonValue &v : u.manifest.value(u"files").toArray()) {
            if (v.toObject().value(u"name").toString() == name)
                return v.toObject().value(key).toString();
        }
        return {};
    }
    static QString mediaTypeOf(const Upload &u, const QString &name)
    {
        return fileField(u, name, u"mediaType"_qs);
    }
    static QString sha256Of(const Upload &u, const QString &name) { return fileField(u, name, u"sha256"_qs); }

    static QByteArray materials()
    {
        return R"json({"scan":{"dpi":300,"colourMode":"grey","textColourMode":"bitonal","minDpi":200},
            "businesses":[{"business":"openings.account","class":"GR","name":"个人账户设立","nameEn":"Personal account opening",
            "materials":[{"code":"id_card","name":"居民身份证（正反面）","nameEn":"Identity card (both sides)","required":true,"minPages":2},
            {"code":"application","name":"个人账户设立登记表","nameEn":"Account opening form","required":true,"minPages":1},
            {"code":"labour_contract","name":"劳动合同","nameEn":"Labour contract","required":false,"minPages":1}]}]})json";
    }

    static QByteArray assembled(const File &f)
    {
        QByteArray all;
        for (const QByteArray &c : f.chunks)
            all += c;
        return all;
    }

    static QJsonObject state(const Upload &u)
    {
        QJsonArray files;
        bool complete = true;
        for (const File &f : u.files) {
            QJsonArray received;
            for (auto it = f.chunks.cbegin(); it != f.chunks.cend(); ++it)
                received.append(it.key());
            complete = complete && f.chunks.size() == f.chunkCount();
            files.append(QJsonObject{{u"name"_qs, f.name},
                                     {u"size"_qs, f.size},
                                     {u"chunks"_qs, f.chunkCount()},
                                     {u"received"_qs, received}});
        }
        return {{u"uploadId"_qs, u.id},    {u"serial"_qs, u.serial},
                {u"chunkBytes"_qs, 65536}, {u"expiresAt"_qs, u"2026-12-11T08:00:00Z"_qs},
                {u"files"_qs, files},      {u"complete"_qs, complete}};
    }

    static QJsonObject package(const Upload &u)
    {
        QJsonArray files;
        qint64 total = 0;
        for (const QJsonValue &v : u.manifest.value(u"files").toArray()) {
            QJsonObject o = v.toObject();
            o.remove(u"digitisation"_qs);
            total += qint64(o.value(u"size").toDouble());
            files.append(o);
        }
        return {{u"id"_qs, QString(u"pk-"_qs + u.id.left(8))},
                {u"archiveNumber"_qs, u"HPF-2026-GR-000001"_qs},
                {u"serial"_qs, u.serial},
                {u"business"_qs, u.manifest.value(u"business")},
                {u"businessName"_qs, u"个人账户设立"_qs},
                {u"personName"_qs, u"张三"_qs},
                {u"accountNumber"_qs, u"110000000001"_qs},
                {u"registeredAt"_qs, u"2026-12-04T08:00:00Z"_qs},
                {u"fileCount"_qs, int(files.size())},
                {u"totalBytes"_qs, total},
                {u"lastCheck"_qs, QJsonValue(QJsonValue::Null)},
                {u"manifest"_qs, u.manifest},
                {u"manifestBytes"_qs,
                 QString::fromLatin1(QJsonDocument(u.manifest).toJson(QJsonDocument::Compact).toBase64())},
                {u"signature"_qs, u"MEUCIQ=="_qs},
                {u"signerKid"_qs, u"k1"_qs},
                {u"files"_qs, files}};
    }
};

} // namespace hpf::test
