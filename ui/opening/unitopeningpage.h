#pragma once

#include "api/openings.h"
#include "opening/openingform.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hpf::client {
class ClientCore;
}
namespace hpf::client::ops {
class Operation;
class Outcome;
} // namespace hpf::client::ops

namespace hpf::ui {

struct PageDescriptor;

class DocumentPrinter;
class OpeningResult;

// 2001 单位开户: registers a unit with every field of the opening — unified social credit code
// (GB 32100, checked as typed), name, economic type (code table), legal representative, addresses,
// contact, remittance bank and account, unit and personal ratios within the policy range,
// remittance day and first remittance month. The server assigns the unit account number, which
// is shown with the receipt.
class UnitOpeningPage : public QWidget
{
    Q_OBJECT
public:
    UnitOpeningPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    // The page in the registry: code, title, permission, shortcut, help anchor, factory.
    static PageDescriptor descriptor();

    void setTraining(bool training);
    void reset();

    // The input widgets in tab (and Enter) order.
    QList<QWidget *> inputs() const;
    QLineEdit *edit(const QString &field) const; // by API field name, e.g. "creditCode", "contact.mobile"
    QComboBox *economicTypeBox() const { return m_economicType; }
    QComboBox *bankBox() const { return m_bank; }
    QPushButton *submitButton() const { return m_submit; }
    OpeningResult *result() const { return m_result; }
    QString creditCodeText() const;
    QString messageText() const;
    QString openedUnitAccount() const { return m_openedUnit; }

signals:
    void openUnit(const QString &unitAccount);
    void finished(bool ok);

private:
    QLineEdit *addEdit(const QString &field, const QString &objectName);
    void fillBanks();
    void checkCreditCode();
    void updatePolicy();
    Result<client::api::UnitOpeningInput> collect() const;
    void submit();
    void onOpened(const client::ops::Outcome &outcome);
    void onRefused(const QString &message, const Error &error);

    client::ClientCore *m_core;
    QHash<QString, QLineEdit *> m_edits;
    QComboBox *m_economicType;
    QComboBox *m_repDocType;
    QComboBox *m_bank;
    QLabel *m_creditInfo;
    QLabel *m_policy;
    QPushButton *m_submit;
    QLabel *m_message;
    OpeningResult *m_result;
    client::ops::Operation *m_operation;
    FieldMessages m_messages;
    QList<QWidget *> m_inputs;
    QString m_openedUnit;
};

} // namespace hpf::ui
