#pragma once

#include "api/judicial.h"
#include "base/result.h"
#include "judicial/request.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;

namespace hpf::ui {

// The court's papers as the officer types them: one form for 冻结, 续冻, 解冻 and 扣划, grouped as
// the documents are — court and documents, the two enforcement officers, amount and dates, and for
// a deduction the payee and the facts of the case. Only the rows of the chosen type are shown.
// Every input is addressed by its judicial::Request JSON path ("officers[1].dutyCard"), so an
// error's field (from judicial::validate or from the server) focuses the input it names.
class JudicialRequestForm : public QWidget
{
    Q_OBJECT
public:
    explicit JudicialRequestForm(QWidget *parent = nullptr);

    void setCourts(const QList<client::api::JudicialCourt> &courts, const QStringList &unfreezeGrounds);
    void setType(judicial::RequestType type);
    judicial::RequestType type() const { return m_type; }

    // Every input in tab order (the navigator skips the hidden ones).
    QList<QWidget *> inputs() const { return m_order; }
    // The input of a request path, or null.
    QWidget *input(const QString &path) const { return m_inputs.value(path); }
    QLineEdit *lineEdit(const QString &path) const;
    // Focuses the input an error names; false when it names none of them.
    bool focusField(const QString &path);

    // The typed text of every input, for the page's draft, and back.
    QHash<QString, QString> values() const;
    void setValues(const QHash<QString, QString> &values);
    void clear();

    // The request of the shown type for `accountNumber` (and `holdId` when it acts on a freeze).
    // Text that does not parse (a date, an amount) is refused with the field's path.
    Result<judicial::Request> build(const QString &accountNumber, qint64 holdId) const;

signals:
    void edited();

private:
    QLineEdit *addEdit(QFormLayout *form, const QString &path, const QString &label, int chars,
                       const QString &placeholder = {});
    QComboBox *addCombo(QFormLayout *form, const QString &path, const QString &label);
    QCheckBox *addCheck(QFormLayout *form, const QString &path, const QString &label);
    void setRowShown(const QString &path, bool shown);
    void updateRows();

    judicial::RequestType m_type = judicial::RequestType::Freeze;
    QHash<QString, QWidget *> m_inputs;
    QHash<QString, QFormLayout *> m_formOf;
    QList<QWidget *> m_order;
    QGroupBox *m_amountBox;
    QGroupBox *m_deductBox;
};

} // namespace hpf::ui
