#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The catalogues are complete and current: lupdate over today's sources changes nothing, and no
// entry is unfinished, vanished or obsolete. Update with `cmake --build <dir> --target update_translations`.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogue_data();
    void noUnfinishedEntries();
    void noUnfinishedEntries_data() { catalogue_data(); }
    void notStale();

private:
    static QString tsPath(const QString &language)
    {
        return hpf::test::sourcePath(u"translations/hpf_"_qs + language + u".ts"_qs);
    }
};

void TestTranslations::catalogue_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_qs;
    QTest::newRow("en") << u"en"_qs;
}

void TestTranslations::noUnfinishedEntries()
{
    QFETCH(QString, language);
    QFile file(tsPath(language));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context, source;
    int messages = 0;
    QStringList problems;
    bool sawErrorTextContext = false;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
            sawErrorTextContext |= context == u"hpf::ErrorText";
        } else if (xml.name() == u"message") {
            numerus = xml.attributes().value(u"numerus"_qs) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_qs).toString();
            QString text;
            if (numerus) {
                while (xml.readNextStartElement())
                    text += xml.readElementText();
            } else {
                text = xml.readElementText();
            }
            ++messages;
            if (!type.isEmpty())
                problems << u"%1 / %2: %3"_qs.arg(context, source, type);
            else if (text.trimmed().isEmpty())
                problems << u"%1 / %2: empty translation"_qs.arg(context, source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY(sawErrorTextContext);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
}

void TestTranslations::notStale()
{
    QTemporaryDir dir;
    QStringList copies;
    for (const QString &language : {u"zh_CN"_qs, u"en"_qs}) {
        const QString copy = dir.filePath(u"hpf_"_qs + language + u".ts"_qs);
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        copies << copy;
    }
    QStringList args = QStringLiteral(HPF_LUPDATE_OPTIONS).split(u'|', Qt::SkipEmptyParts);
    args << u"@"_qs + QStringLiteral(HPF_LUPDATE_LIST) << u"-ts"_qs << copies;
    QByteArray out, err;
    QCOMPARE(hpf::test::runProgram(QStringLiteral(HPF_LUPDATE), args, {}, &out, &err), 0);
    for (const QString &language : {u"zh_CN"_qs, u"en"_qs}) {
        QFile original(tsPath(language));
        QFile updated(dir.filePath(u"hpf_"_qs + language + u".ts"_qs));
        QVERIFY(original.open(QIODevice::ReadOnly) && updated.open(QIODevice::ReadOnly));
        QVERIFY2(original.readAll() == updated.readAll(),
                 qPrintable(u"translations/hpf_%1.ts is stale: run the update_translations target\n%2"_qs.arg(
                     language, QString::fromUtf8(out))));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
