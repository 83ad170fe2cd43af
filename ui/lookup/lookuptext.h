#pragma once

#include <QCoreApplication>
#include <QIdentityProxyModel>
#include <QString>
#include <functional>

namespace hpf::ui {

// What the lookup pages (1001–1003) say about the server's codes: an account's state, a hold's
// kind and status. The tables carry the codes; the teller reads their display text in the
// interface language, never "judicial", "active" or "01".
class LookupText
{
    Q_DECLARE_TR_FUNCTIONS(hpf::ui::LookupText)
public:
    // Account state (code table account_state), e.g. 01 → 正常.
    static QString accountState(const QString &code);
    // Unit account state (code table unit_account_state).
    static QString unitState(const QString &code);
    // A hold's kind: judicial (司法冻结), loan_security (贷款担保冻结).
    static QString holdKind(const QString &kind);
    // A hold's status: waiting, active, released, expired, lapsed, deducted.
    static QString holdStatus(const QString &status);
};

// Shows chosen columns of a table through their display text: the cell holds a code (an account
// state, a hold's kind) and the column's function gives its code table's text.
class CodeTextProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using TextFunction = std::function<QString(const QString &code)>;

    explicit CodeTextProxy(QObject *parent = nullptr);
    void setColumnText(int column, TextFunction text);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QHash<int, TextFunction> m_texts;
};

} // namespace hpf::ui
