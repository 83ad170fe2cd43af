#include "certificates/certificatetypeform.h"

#include "clientcore.h"
#include "session/usertext.h"

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
    m_form->addRow(tr("Certificate type:"), m_type);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        rebuildInputs();
        emit typeChanged();
    });
}

void CertificateTypeForm::load()
{
    client::ApiRequest request = client::ApiRequest::get(u"/api/v1/certificates/types"_qs);
    request.authenticated = false; // public reference data
    connect(m_core->api()->send(request), &client::ApiCall::finished, this, &CertificateTypeForm::onLoaded);
}

void CertificateTypeForm::onLoaded(const client::ApiResponse &response)
{
    if (!response.ok()) {
        emit typesLoaded(false, client::usertext::describeFailure(response));
        return;
    }
    const QJsonObject doc = response.object();
    m_issuingAvailable = doc.value(u"issuingAvailable"_qs).toBool();
    const QString previous = typeCode();
    m_types = doc.value(u"types"_qs).toArray();
    {
        const QSignalBlocker blocker(m_type);
        m_type->clear();
        for (const QJsonValue &v : std::as_const(m_types)) {
            const QJsonObject t = v.toObject();
            m_type->addItem(t.value(u"title"_qs).toString(), t.value(u"code"_qs).toString());
        }
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
    for (const QJsonValue &v : m_types.at(index).toObject().value(u"inputs"_qs).toArray()) {
        const QJsonObject input = v.toObject();
        auto *edit = new QLineEdit(this);
        edit->setObjectName(u"certificateInput-"_qs + input.value(u"name"_qs).toString());
        if (const int max = input.value(u"maxLength"_qs).toInt(); max > 0)
            edit->setMaxLength(max);
        // The label is the type's own (data, in the center's language).
        m_form->addRow(input.value(u"label"_qs).toString() + u'：', edit);
        // Shown now, not at the layout's next pass: Enter on the type box must find the field.
        edit->show();
        if (QWidget *label = m_form->labelForField(edit))
            label->show();
        m_inputs.append({input, edit});
    }
}

QLineEdit *CertificateTypeForm::inputEdit(const QString &name) const
{
    for (const auto &[declaration, edit] : m_inputs) {
        if (declaration.value(u"name"_qs).toString() == name)
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

QJsonObject CertificateTypeForm::inputs() const
{
    QJsonObject o;
    for (const auto &[declaration, edit] : m_inputs) {
        const QString text = edit->text().trimmed();
        if (!text.isEmpty())
            o.insert(declaration.value(u"name"_qs).toString(), text);
    }
    return o;
}

QString CertificateTypeForm::check()
{
    if (typeCode().isEmpty())
        return tr("The certificate types have not been loaded from the server yet");
    for (const auto &[declaration, edit] : std::as_const(m_inputs)) {
        if (declaration.value(u"required"_qs).toBool(true) && edit->text().trimmed().isEmpty()) {
            edit->setFocus();
            return tr("Fill in: %1").arg(declaration.value(u"label"_qs).toString());
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
