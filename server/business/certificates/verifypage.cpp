#include "business/certificates/verifypage.h"

#include <QDateTime>
#include <QJsonArray>

namespace hpf::server {

namespace {

struct Banner
{
    const char *cssClass;
    QString headline;
    QString explanation;
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

Banner bannerFor(const QJsonObject &r)
{
    const QString outcome = r.value(u"outcome"_qs).toString();
    const QString verdict = r.value(u"verdict"_qs).toString();
    if (outcome == u"valid")
        return {"ok", u"有效 VALID"_qs,
                u"签名有效，证明在有效期内且未被撤销。请核对下列信息与纸质证明一致。"_qs};
    if (outcome == u"revoked")
        return {"bad", u"已撤销 REVOKED"_qs, u"该证明已被出具中心撤销，不能使用。"_qs};
    if (outcome == u"superseded")
        return {"bad", u"已被替换 SUPERSEDED"_qs, u"该证明已重新开具，请使用新证明。"_qs};
    if (outcome == u"expired")
        return {"bad", u"已过期 EXPIRED"_qs, u"签名有效，但证明已超过有效期。"_qs};
    if (outcome == u"unknown_to_server")
        return {"warn", u"签名有效，未查到记录 SIGNATURE VALID, NO RECORD"_qs,
                u"签名有效，但本中心没有该证明的记录，请联系出具中心。"_qs};
    static const QHash<QString, QString> steps{{u"cert.prefix"_qs, u"不是本中心的证明码（格式不符）"_qs},
                                               {u"cert.base45"_qs, u"证明码已损坏（字符错误）"_qs},
                                               {u"cert.too_large"_qs, u"证明码过长"_qs},
                                               {u"cert.cbor"_qs, u"证明码已损坏（内容结构错误）"_qs},
                                               {u"cert.version"_qs, u"不支持的证明码版本"_qs},
                                               {u"cert.unknown_kid"_qs, u"签名密钥未知（非本中心签发）"_qs},
                                               {u"cert.signature"_qs, u"签名无效：内容被改动或伪造"_qs},
                                               {u"cert.key_period"_qs, u"签发时间不在密钥有效期内"_qs},
                                               {u"cert.not_yet_valid"_qs, u"签发时间在未来"_qs}};
    return {"bad", u"无效 INVALID"_qs, steps.value(verdict, verdict)};
}

} // namespace

QString formValue(QByteArrayView encoded, QStringView name)
{
    const QByteArray wanted = name.toUtf8();
    for (QByteArrayView pair : QByteArray(encoded.toByteArray()).split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const auto decode = [](QByteArrayView part) {
            QByteArray bytes = part.toByteArray();
            bytes.replace('+', ' ');
            return QByteArray::fromPercentEncoding(bytes);
        };
        if (decode(eq < 0 ? pair : pair.first(eq)) != wanted)
            continue;
        return eq < 0 ? QStringLiteral("") : QString::fromUtf8(decode(pair.sliced(eq + 1)));
    }
    return {};
}

QString beijingTime(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (isoUtc.isEmpty() || !t.isValid())
        return {};
    // China has kept UTC+8 without daylight saving since 1991: a fixed offset needs no time-zone
    // database on the server.
    return t.toOffsetFromUtc(8 * 3600).toString(u"yyyy-MM-dd HH:mm:ss"_qs) + u"（北京时间）"_qs;
}

QByteArray renderVerifyPage(const QString &code, const std::optional<QJsonObject> &result)
{
    QString html = uR"(<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>证明核验 Certificate verification</title>
<style>
body{font-family:sans-serif;max-width:46em;margin:2em auto;padding:0 1em;color:#111}
textarea{width:100%;font-family:monospace;font-size:1em}
button{font-size:1.1em;padding:.4em 1.5em;margin-top:.5em}
.banner{padding:1em;margin:1.5em 0;font-size:1.3em;font-weight:bold;border:3px solid}
.ok{background:#e3f6e3;border-color:#1a7f1a;color:#0b4d0b}
.bad{background:#fde4e4;border-color:#b21f1f;color:#7a0e0e}
.warn{background:#fff4d6;border-color:#a67c00;color:#5c4500}
.banner small{display:block;font-weight:normal;font-size:.75em;margin-top:.3em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em .6em;text-align:left}
th{background:#f0f0f0;width:30%}
</style></head><body>
<h1>住房公积金证明核验</h1>
<p>扫描证明上的二维码（扫码枪会自动输入并回车），或粘贴以 HPF1: 开头的证明码。</p>
<form method="get" action="/verify">
<textarea name="code" rows="4" autofocus required maxlength="1200">)"_qs;
    html += esc(code);
    html += uR"(</textarea><br><button type="submit">核验 Verify</button></form>
)"_qs;
    if (result) {
        const Banner b = bannerFor(*result);
        html += u"<div class=\"banner "_qs + QString::fromLatin1(b.cssClass) +
                u"\" id=\"verdict\" data-outcome=\""_qs + esc(result->value(u"outcome"_qs).toString()) +
                u"\">"_qs + esc(b.headline) + u"<small>"_qs + esc(b.explanation) + u"</small></div>\n"_qs;
        const QJsonObject record = result->value(u"record"_qs).toObject();
        QJsonArray fields = record.value(u"fields"_qs).toArray();
        if (fields.isEmpty())
            fields = result->value(u"fields"_qs).toArray();
        if (!fields.isEmpty() && result->value(u"signatureVerified"_qs).toBool()) {
            html += u"<table>"_qs;
            const auto row = [&](const QString &label, const QString &value) {
                html += u"<tr><th>"_qs + esc(label) + u"</th><td>"_qs + esc(value) + u"</td></tr>"_qs;
            };
            if (!record.isEmpty()) {
                row(u"证明"_qs, record.value(u"title"_qs).toString());
                row(u"证明编号"_qs, record.value(u"number"_qs).toString());
                row(u"出具中心"_qs, record.value(u"centerName"_qs).toString());
            }
            for (const QJsonValue &v : std::as_const(fields)) {
                const QJsonObject f = v.toObject();
                row(f.value(u"label"_qs).toString(), f.value(u"value"_qs).toString());
            }
            row(u"开具时间"_qs, beijingTime(result->value(u"issuedAt"_qs).toString()));
            row(u"有效期至"_qs, beijingTime(result->value(u"expiresAt"_qs).toString()));
            if (record.value(u"training"_qs).toBool())
                row(u"注意"_qs, u"培训环境出具，不具证明效力"_qs);
            html += u"</table>\n"_qs;
        }
    }
    html += u"</body></html>\n"_qs;
    return html.toUtf8();
}

} // namespace hpf::server
