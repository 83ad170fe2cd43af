#pragma once

#include "api/withdrawals.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace hpf::client {
class ReferenceSync;
}

namespace hpf::ui {

// The payee of a withdrawal or a standing instruction: bank (from the reference banks), account
// number (full-width digits and spaces accepted, the server normalises) and the account holder.
class PayeeForm : public QWidget
{
    Q_OBJECT
public:
    PayeeForm(client::ReferenceSync *reference, QWidget *parent = nullptr);

    void reloadBanks();
    void clear();
    client::api::PayeeInput input() const;
    QList<QWidget *> fields() const;
    // Focuses the input of payee.bankCode / payee.accountNumber / payee.name; false for another field.
    bool focusField(const QString &field);
    QComboBox *bankCombo() const { return m_bank; }
    QLineEdit *accountEdit() const { return m_account; }
    QLineEdit *nameEdit() const { return m_name; }
    // Moves the three rows into a page's section, so their labels line up with the section's own
    // rows; this widget then stays empty and hidden (it keeps the inputs' logic).
    void addRowsTo(QFormLayout *form);

private:
    client::ReferenceSync *m_reference;
    QComboBox *m_bank;
    QLineEdit *m_account;
    QLineEdit *m_name;
    QFormLayout *m_form;
};

} // namespace hpf::ui
