#pragma once

#include "api/openings.h"

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
    // A personal or flexible opening (or the unseal in its place).
    void showPersonOpened(const client::api::PersonOpened &opened);
    void showUnitOpened(const client::api::UnitOpened &opened);
    // The account a refusal account.exists_active names.
    void showExistingAccount(const client::api::ExistingAccount &existing);
    // The unit a refusal unit.exists names.
    void showExistingUnit(const client::api::ExistingUnit &existing);
    void clear();

    QString text() const;
    QString existingAccount() const { return m_existingAccount; }
    QPushButton *openExistingButton() const { return m_openExisting; }
    QPushButton *transferButton() const { return m_transfer; }
    ReceiptBar *receiptBar() const { return m_receipt; }

signals:
    void openAccount(const QString &accountNumber);
    void openUnit(const QString &unitAccount);
    // The existing account of the person belongs to another unit: move it on 5001.
    void openTransfer(const QString &accountNumber);

private:
    QLabel *m_text;
    QPushButton *m_openExisting;
    QPushButton *m_transfer;
    ReceiptBar *m_receipt;
    QString m_existingAccount;
    QString m_existingUnit;
    bool m_training = false;
};

} // namespace hpf::ui
