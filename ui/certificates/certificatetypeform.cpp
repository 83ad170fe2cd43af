#include "certificates/certificatetypeform.h"

#include "clientcore.h"
#include "session/usertext.h"
#include "widgets/fieldwidth.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace hpf::ui {

CertificateTypeForm::CertificateTypeForm(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_type(new QComboBox(this))
    , m_form(new QFormLayout(this))
{
    setObjectName(u"certificateTypeForm"_qs);
    m_type->setObjectName(u"certificateType"_qs);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_type->setAccessibleName(tr("Certificate type"));
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_form->addRow(tr("Certificate t&ype:"), m_type);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        rebuildInputs();
        emit typeChanged();
    });
}

void CertificateTypeForm::load()
{
    client::api::certificates::fetchTypes(
        m_core->api(), this,
        [this](const client::api::Reply<client::api::CertificateTypes> &reply) { onLoaded(reply); });
}

void CertificateTypeForm::onLoaded(const client::api::Reply<client::api::CertificateTypes> &reply)
{
    if (!reply.ok()) {
        emit typesLoaded(false, reply.message);
        return;
    }
    m_issuingAvailable = reply.value().issuingAvailable;
    const QString previous = typeCode();
    m_types = reply.value().types;
    {
        const QSignalBlocker blocker(m_type);
        m_type->clear();
        for (const client::api::CertificateType &t : std::as_const(m_types))
            m_type->addItem(t.title, t.code);
        m_type->setCurrentIndex(qMax(0, m_type->findData(previous)));
    }
    rebuildInputs();
    emit typeChanged();
    emit typesLoaded(true, m_issuingAvailable ? QString()
                                              : tr("The server cannot issue certificates now: its signing "
                                                   "key is not available"));
}

void CertificateTypeForm::rebuildInputs()
{
    for (const auto &[declaration, edit] : std::as_const(m_inputs)) {
        Q_UNUSED(declaration)
        m_form->removeRow(edit); // deletes the label and the field
    }
    m_inputs.clear();
    const int index = m_type->currentIndex();
    if (index < 0 || index >= m_types.size())
        return;
    for (const client::api::CertificateInput &input : m_types.at(index).inputs) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(u"certificateInput-"_qs + input.name);
        if (input.maxLength > 0) {
            edit->setMaxLength(input.maxLength);
            // Sized to what it holds, within reason (a long free text still fits a section).
            fitToChars(edit, std::clamp(input.maxLength + 1, 8, 40));
        } else {
            fitToChars(edit, 40);
        }
        // The label is the type's own (data, in the center's language).
        m_form->addRow(input.label + u'：', edit);
        // Shown now, not at the layout's next pass: Enter on the type box must find the field.
        edit->show();
        if (QWidget *label = m_form->labelForField(edit))
            label->show();
        // Created after the page: Tab would otherwise reach it after every other widget.
        QWidget::setTabOrder(m_inputs.isEmpty() ? static_cast<QWidget *>(m_type) : m_inputs.last().second,
                             edit);
        m_inputs.append({input, edit});
    }
}

QLineEdit *CertificateTypeForm::inputEdit(const QString &name) const
{
    for (const auto &[declaration, edit] : m_inputs) {
        if (declaration.name == name)
            return edit;
    }
    return nullptr;
}

QList<QWidget *> CertificateTypeForm::fields() const
{
    QList<QWidget *> list{m_type};
    for (const auto &[declaration, edit] : m_inputs) {
        Q_UNUSED(declaration)
        list.append(edit);
    }
    return list;
}

QString CertificateTypeForm::typeCode() const
{
    return m_type->currentData().toString();
}

QString CertificateTypeForm::typeTitle() const
{
    return m_type->currentText();
}

client::api::CertificateInputValues CertificateTypeForm::inputs() const
{
    client::api::CertificateInputValues values;
    for (const auto &[declaration, edit] : m_inputs) {
        const QString text = edit->text().trimmed();
        if (!text.isEmpty())
            values.append({declaration.name, text});
    }
    return values;
}

QString CertificateTypeForm::check()
{
    if (typeCode().isEmpty())
        return tr("The certificate types have not been loaded from the server yet");
    for (const auto &[declaration, edit] : std::as_const(m_inputs)) {
        if (declaration.required && edit->text().trimmed().isEmpty()) {
            edit->setFocus();
            return tr("Fill in: %1").arg(declaration.label);
        }
    }
    return {};
}

void CertificateTypeForm::clearInputs()
{
    for (const auto &[declaration, edit] : std::as_const(m_inputs)) {
        Q_UNUSED(declaration)
        edit->clear();
    }
}

} // namespace hpf::ui
