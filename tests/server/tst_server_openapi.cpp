// docs/api/openapi.yaml and the server's route table must list the same (method, path) pairs, and
// each operationId must be the route's operation name. Routes being retired are no longer
// documented (and must not be); the list empties once the router no longer registers them.
#include "platform/http/routes.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// The legacy opening routes, replaced by /openings/... (issue 11 retires them).
const QStringList kRetiredOperations{u"units.create"_qs, u"accounts.open"_qs};

} // namespace

class TestServerOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void everyRouteDocumentedAndViceVersa()
    {
        QFile file(hpf::test::sourcePath(u"docs/api/openapi.yaml"_qs));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        static const QRegularExpression pathLine(u"^  (/\\S+):\\s*$"_qs);
        static const QRegularExpression methodLine(u"^    (get|post|put|patch|delete):\\s*$"_qs);
        static const QRegularExpression opLine(u"^      operationId:\\s*(\\S+)\\s*$"_qs);
        QMap<QString, QString> documented; // "POST /api/v1/units" -> operationId
        bool inPaths = false;
        QString path, current;
        for (const QString &line : lines) {
            if (line.startsWith(u"paths:")) {
                inPaths = true;
                continue;
            }
            if (!inPaths)
                continue;
            if (!line.isEmpty() && !line.startsWith(u' '))
                break;
            if (auto m = pathLine.match(line); m.hasMatch()) {
                path = m.captured(1);
            } else if (auto mm = methodLine.match(line); mm.hasMatch()) {
                current = mm.captured(1).toUpper() + u' ' + path;
                QVERIFY2(!documented.contains(current), qPrintable(u"documented twice: "_qs + current));
                documented.insert(current, QString());
            } else if (auto mo = opLine.match(line); mo.hasMatch() && !current.isEmpty()) {
                documented[current] = mo.captured(1);
            }
        }
        QVERIFY(documented.size() > 10);

        hpf::server::Router router;
        hpf::server::registerRoutes(router);
        QSet<QString> registered;
        for (const hpf::server::Route &r : router.routes()) {
            const QString key = QString::fromLatin1(r.method) + u' ' + r.pattern;
            if (kRetiredOperations.contains(r.operation)) {
                QVERIFY2(!documented.contains(key), qPrintable(u"a retired route is documented: "_qs + key));
                continue;
            }
            registered.insert(key);
            QVERIFY2(documented.contains(key), qPrintable(u"route missing from openapi.yaml: "_qs + key));
            QCOMPARE(documented.value(key), r.operation);
        }
        for (auto it = documented.cbegin(); it != documented.cend(); ++it)
            QVERIFY2(registered.contains(it.key()),
                     qPrintable(u"openapi.yaml documents an unknown route: "_qs + it.key()));
    }
};

QTEST_GUILESS_MAIN(TestServerOpenApi)
#include "tst_server_openapi.moc"
