#pragma once

#include "api/openings.h"
#include "finance/rate.h"
#include "opening/openingform.h"

#include <QWidget>
#include <optional>

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
class PersonFields;

// 2002 个人开户 / 缴存登记: opens a personal account under an open unit. The unit account number is
// checked (MOD 11-2) before any request, then the unit is fetched for its name, state and ratios,
// which drive the live preview of the unit + personal monthly deposit. 一人一户: when the person
// already has a live account the server refuses and the page shows that account; a sealed one is
// unsealed under the new unit by the server, and the page says so.
class PersonOpeningPage : public QWidget
{
    Q_OBJECT
public:
    PersonOpeningPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    // The page in the registry: code, title, permission, shortcut, help anchor, factory.
    static PageDescriptor descriptor();

    void setTraining(bool training);
    void reset();

    QLineEdit *unitEdit() const { return m_unitEdit; }
    PersonFields *personFields() const { return m_person; }
    QPushButton *submitButton() const { return m_submit; }
    OpeningResult *result() const { return m_result; }
    QString unitText() const;
    QString messageText() const;
    bool isBusy() const;
    // The opening saved in the outbox and not answered for good yet (resent with this id); else empty.
    QString pendingOperationId() const;

signals:
    void openPerson(const QString &accountNumber);
    void openTransfer(const QString &accountNumber);
    // A submission was answered for good (or refused before sending); not for one the outbox resends.
    void finished(bool ok);

private:
    void onUnitEdited();
    void onUnit(const QString &number, const client::api::Reply<client::api::Unit> &reply);
    void submit();
    void onOpened(const client::ops::Outcome &outcome);
    void onRefused(const QString &message, const Error &error);

    client::ClientCore *m_core;
    QLineEdit *m_unitEdit;
    QLabel *m_unitInfo;
    PersonFields *m_person;
    QPushButton *m_submit;
    QLabel *m_message;
    OpeningResult *m_result;
    client::ops::Operation *m_operation;
    FieldMessages m_messages;
    QString m_unitNumber;                    // the valid number typed, whose unit is (being) fetched
    std::optional<client::api::Unit> m_unit; // the unit of m_unitNumber, once fetched
    std::optional<finance::Rate> m_unitRatio;
    std::optional<finance::Rate> m_personalRatio;
};

} // namespace hpf::ui
