#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;

namespace hpf::ui {

class DocumentPrinter;
class ReceiptBar;

// The outcome under an opening form (2001-2003), built from the server's answer: what was opened
// (or unsealed), the amounts, any clamping warning, and the receipt bar with the serial — or, when
// the person already has a live account (一人一户), that account with a button to open it and the
// way forward (市内转移).
class OpeningResult : public QWidget
{
    Q_OBJECT
public:
    OpeningResult(DocumentPrinter *printer, QWidget *parent = nullptr);

    void setTraining(bool training) { m_training = training; }
    // A 201 of POST /openings/accounts or /openings/flexible.
    void showPersonOpened(const QJsonObject &response);
    // A 201 of POST /openings/units.
    void showUnitOpened(const QJsonObject &response);
    // The existingAccount member of a 409 account.exists_active.
    void showExistingAccount(const QJsonObject &existing);
    // The existingUnit member of a 409 unit.exists.
    void showExistingUnit(const QJsonObject &existing);
    void clear();

    QString text() const;
    QString existingAccount() const { return m_existingAccount; }
    QPushButton *openExistingButton() const { return m_openExisting; }
    ReceiptBar *receiptBar() const { return m_receipt; }

signals:
    void openAccount(const QString &accountNumber);
    void openUnit(const QString &unitAccount);

private:
    void setReceipt(const QJsonObject &response);

    QLabel *m_text;
    QPushButton *m_openExisting;
    ReceiptBar *m_receipt;
    QString m_existingAccount;
    QString m_existingUnit;
    bool m_training = false;
};

} // namespace hpf::ui
