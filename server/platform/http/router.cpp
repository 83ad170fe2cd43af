#include "platform/http/router.h"

namespace hpf::server {

void Router::add(Route route)
{
    m_segments.append(route.pattern.split(u'/', Qt::SkipEmptyParts));
    m_routes.append(std::move(route));
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        const QStringList &segs = m_segments.at(i);
        if (segs.size() != parts.size())
            continue;
        QStringList args;
        bool ok = true;
        for (qsizetype k = 0; k < segs.size() && ok; ++k) {
            const QString &s = segs.at(k);
            if (s.startsWith(u'{') && s.endsWith(u'}')) {
                if (parts.at(k).isEmpty() || parts.at(k).size() > 64)
                    ok = false;
                else
                    args.append(parts.at(k));
            } else if (s != parts.at(k)) {
                ok = false;
            }
        }
        if (!ok)
            continue;
        result.pathMatched = true;
        if (m_routes.at(i).method == method) {
            result.route = &m_routes.at(i);
            result.args = args;
            return result;
        }
    }
    return result;
}

} // namespace hpf::server
