#pragma once

#include "opening/openingform.h"

#include <QWidget>

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

// 2003 灵活就业开户: a flexible-employment account without an employer. The worker pays the whole
// ratio alone, within the flexible policy's own ratio range and base floor/ceiling (a base outside
// is refused where the policy says so). Same person fields and result as 2002.
class FlexibleOpeningPage : public QWidget
{
    Q_OBJECT
public:
    FlexibleOpeningPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    // The page in the registry: code, title, permission, shortcut, help anchor, factory.
    static PageDescriptor descriptor();

    void setTraining(bool training);
    void reset();

    QLineEdit *ratioEdit() const { return m_ratio; }
    PersonFields *personFields() const { return m_person; }
    QPushButton *submitButton() const { return m_submit; }
    OpeningResult *result() const { return m_result; }
    QString policyText() const;
    QString messageText() const;

signals:
    void openPerson(const QString &accountNumber);
    void finished(bool ok);

private:
    void updatePolicy();
    void submit();
    void onOpened(const client::ops::Outcome &outcome);
    void onRefused(const QString &message, const Error &error);

    client::ClientCore *m_core;
    QLineEdit *m_ratio;
    QLabel *m_policy;
    PersonFields *m_person;
    QPushButton *m_submit;
    QLabel *m_message;
    OpeningResult *m_result;
    client::ops::Operation *m_operation;
    FieldMessages m_messages;
};

} // namespace hpf::ui
