#pragma once

#include "api/openings.h"
#include "base/result.h"

#include <QDate>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

class SectionColumns;

// What the deposit preview shows for a base and a month: the amounts (with the per-side rounding
// of the policy), a warning when the base was clamped, or the error when the base (or a ratio) is
// refused. `error` also stops the submission.
struct DepositPreview
{
    QString text;
    QString warning;
    std::optional<Error> error;
};

// The person part of the opening forms 2002 个人开户 and 2003 灵活就业: document type and number
// (validated as typed, birth date and sex derived and shown), name, mobile, wage base, first deposit
// month and the live deposit preview. The page supplies the preview computation (the ratios come
// from the unit or from the flexible ratio field) and puts its own fields in front.
class PersonFields : public QWidget
{
    Q_OBJECT
public:
    using PreviewFunction = std::function<DepositPreview(qint64 baseFen, QDate month)>;

    PersonFields(client::ClientCore *core, bool mobileRequired, QWidget *parent = nullptr);

    // Adds a section of the page's own above the person section (the unit of 2002, the flexible
    // ratio of 2003) with its inputs, which come first in the Enter and Tab order.
    void addLeadingSection(QGroupBox *section, const QList<QWidget *> &inputs);
    // The input widgets in tab order, for the FormNavigator.
    QList<QWidget *> inputs() const;

    void setPreviewFunction(PreviewFunction preview);
    void updatePreview();

    // The request members documentType, documentNumber, name, mobile, wageBaseFen, firstMonth — or
    // the first error, its field named as the API names it.
    Result<client::api::PersonInput> collect() const;
    // The first month typed, or the current month.
    QDate firstMonth() const;
    void clear();

    QComboBox *documentTypeBox() const { return m_docType; }
    QLineEdit *documentNumberEdit() const { return m_docNumber; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *mobileEdit() const { return m_mobile; }
    QLineEdit *wageEdit() const { return m_wage; }
    QLineEdit *firstMonthEdit() const { return m_firstMonth; }
    QString identityText() const;
    QString previewText() const;
    QString warningText() const;

private:
    void checkIdentity();

    client::ClientCore *m_core;
    bool m_mobileRequired;
    SectionColumns *m_columns;
    QGroupBox *m_personBox;
    QGroupBox *m_depositBox;
    QComboBox *m_docType;
    QLineEdit *m_docNumber;
    QLabel *m_identity;
    QLineEdit *m_name;
    QLineEdit *m_mobile;
    QLineEdit *m_wage;
    QLineEdit *m_firstMonth;
    QLabel *m_preview;
    QLabel *m_warning;
    QList<QWidget *> m_extra;
    PreviewFunction m_previewFunction;
};

} // namespace hpf::ui
