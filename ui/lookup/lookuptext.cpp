#include "lookup/lookuptext.h"

#include "domain/codetables.h"
#include "items/jsontablemodel.h"
#include "transfer/transfertext.h"

namespace hpf::ui {

QString LookupText::accountState(const QString &code)
{
    return code.isEmpty() ? QString() : codes::accountStates().label(code, TransferText::codeLanguage());
}

QString LookupText::unitState(const QString &code)
{
    return code.isEmpty() ? QString() : codes::unitAccountStates().label(code, TransferText::codeLanguage());
}

QString LookupText::holdKind(const QString &kind)
{
    if (kind == u"judicial")
        return tr("Judicial freeze");
    if (kind == u"loan_security")
        return tr("Loan security hold");
    return kind;
}

QString LookupText::holdStatus(const QString &status)
{
    if (status == u"active")
        return tr("In effect");
    if (status == u"waiting")
        return tr("Queued");
    if (status == u"released")
        return tr("Released");
    if (status == u"expired")
        return tr("Expired");
    if (status == u"lapsed")
        return tr("Lapsed");
    if (status == u"deducted")
        return tr("Fully deducted");
    return status;
}

CodeTextProxy::CodeTextProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{}

void CodeTextProxy::setColumnText(int column, TextFunction text)
{
    m_texts.insert(column, std::move(text));
}

QVariant CodeTextProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.isValid()) {
        const auto text = m_texts.constFind(index.column());
        if (text != m_texts.constEnd()) {
            return (*text)(QIdentityProxyModel::data(index, Qt::DisplayRole).toString());
        }
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace hpf::ui
