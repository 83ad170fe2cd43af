#pragma once

#include "api/withdrawals.h"

#include <QGroupBox>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace hpf::ui {

// The evidence inputs of a withdrawal: only those the chosen type needs are shown (a purchase its
// contract, date, price and address; a commercial loan its bank, contract and amounts; a death the
// heir …). Dates are typed YYYY-MM-DD, amounts in yuan as everywhere. Each input is named by the
// request field it fills ("evidence.eventDate"), so a refusal naming a field focuses its input.
// A section of the withdrawal form of its own ("Evidence"), hidden when the type needs none.
class EvidenceForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit EvidenceForm(QWidget *parent = nullptr);

    // Shows the inputs of the withdrawal type (purchase, build, …, death); none for an unknown one.
    void setType(const QString &type);
    QString type() const { return m_type; }
    void clear();
    // The visible inputs in tab order (for the page's Enter navigation).
    QList<QWidget *> fields() const;
    // Reads the visible inputs. False when one cannot be read: `field` names it, `message` says why.
    bool read(client::api::WithdrawalEvidence *evidence, QString *field, QString *message) const;
    // Focuses the input of a request field ("evidence.heir.name"); false when none shows it.
    bool focusField(const QString &field);
    QLineEdit *edit(const QString &field) const { return m_edits.value(field); }
    QComboBox *heirDocumentType() const { return m_heirDocumentType; }
    // The inputs each type shows, by request field.
    static QStringList fieldsOf(const QString &type);

private:
    // `chars`: the width the input gets (what it holds), `maxLength`: what it takes.
    QLineEdit *addEdit(const QString &field, const QString &label, int maxLength, int chars);

    QFormLayout *m_form;
    QHash<QString, QLineEdit *> m_edits; // by request field
    QStringList m_order;                 // request fields in display order
    QComboBox *m_heirDocumentType;
    QString m_type;
};

} // namespace hpf::ui
