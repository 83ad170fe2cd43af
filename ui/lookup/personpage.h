#pragma once

#include "api/accounts.h"

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hpf::client {
class ClientCore;
class JournalModel;
class JsonTableModel;
} // namespace hpf::client

namespace hpf::ui {

struct PageDescriptor;

// 1002 个人账户: identity (masked unless the role needs it), state, balance, available balance,
// holds summary for the roles allowed to see it, and the journal loaded page by page with totals.
class PersonPage : public QWidget
{
    Q_OBJECT
public:
    PersonPage(client::ClientCore *core, QWidget *parent = nullptr);
    // The page in the registry: code, title, permission, shortcut, help anchor, factory.
    static PageDescriptor descriptor();

    // Role decides what is shown: identity in clear, holds.
    void setRole(const QString &role);
    void showAccount(const QString &accountNumber);
    void reset();

    QString accountNumber() const { return m_account ? m_account->accountNumber : QString(); }
    QString fieldText(const QString &name) const; // name, documentNumber, state, balance, available
    QString statusText() const;
    QString totalsText() const;
    bool holdsVisible() const;
    // The 受限 notice: the account carries a judicial restriction (shown to every role).
    bool restrictedVisible() const;
    // The 一人多户 notice: the person has other live accounts here (merge them on 5003).
    bool multipleAccountsVisible() const;
    QString multipleAccountsText() const;
    QPushButton *mergeButton() const { return m_mergeButton; }
    client::JournalModel *journal() const { return m_journal; }
    client::JsonTableModel *holds() const { return m_holds; }
    QTableView *journalView() const { return m_journalView; }

signals:
    void openUnit(const QString &unitAccount);
    void openMerge(const QString &accountNumber);
    void loaded(bool ok);

private:
    void onAccount(const client::api::Reply<client::api::Account> &reply);
    void fill();
    void updateTotals();
    QLabel *addField(QFormLayout *form, const QString &name, const QString &label);

    client::ClientCore *m_core;
    QString m_role;
    std::optional<client::api::Account> m_account;
    QHash<QString, QLabel *> m_fields;
    QLabel *m_status;
    QGroupBox *m_holdsBox;
    client::JsonTableModel *m_holds;
    client::JournalModel *m_journal;
    QTableView *m_journalView;
    QLabel *m_totals;
    QLabel *m_restricted;
    QWidget *m_multiple;
    QLabel *m_multipleText;
    QPushButton *m_mergeButton;
};

} // namespace hpf::ui
