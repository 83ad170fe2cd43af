#pragma once

#include "finance/rate.h"
#include "opening/openingsupport.h"

#include <QJsonObject>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hpf::client {
class ClientCore;
struct ApiResponse;
} // namespace hpf::client

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
    QString idempotencyKey() const; // of the submission being sent or last failed; empty after success

signals:
    void openPerson(const QString &accountNumber);
    void finished(bool ok); // a submission was answered (or refused before sending)

private:
    void onUnitEdited();
    void onUnit(const QString &number, const client::ApiResponse &response);
    void submit();
    void onFinished(const client::ApiResponse &response);

    client::ClientCore *m_core;
    QLineEdit *m_unitEdit;
    QLabel *m_unitInfo;
    PersonFields *m_person;
    QPushButton *m_submit;
    QLabel *m_message;
    OpeningResult *m_result;
    OpeningSubmission *m_submission;
    FieldMessages m_messages;
    QString m_unitNumber; // the valid number typed, whose unit is (being) fetched
    QJsonObject m_unit;   // GET /units/{n} of m_unitNumber
    std::optional<finance::Rate> m_unitRatio;
    std::optional<finance::Rate> m_personalRatio;
};

} // namespace hpf::ui
