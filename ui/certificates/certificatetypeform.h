#pragma once

#include "api/certificates.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

// The certificate type and the inputs that type declares (e.g. 拟贷款城市 for 异地贷款证明), built
// from the types the server offers: types are data, so a type a center adds appears here
// without a client change. Used by 4001 and 4002.
class CertificateTypeForm : public QWidget
{
    Q_OBJECT
public:
    CertificateTypeForm(client::ClientCore *core, QWidget *parent = nullptr);

    // Loads the types (again); typesLoaded follows.
    void load();
    bool isLoaded() const { return !m_types.isEmpty(); }
    bool issuingAvailable() const { return m_issuingAvailable; }

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *inputEdit(const QString &name) const;
    // The type box and the current type's input fields, in tab order.
    QList<QWidget *> fields() const;

    QString typeCode() const;
    QString typeTitle() const;
    client::api::CertificateInputValues inputs() const;
    // Empty when the form can be submitted; otherwise what is missing (translated), with focus moved there.
    QString check();
    void clearInputs();

signals:
    void typesLoaded(bool ok, const QString &message);
    void typeChanged();

private:
    void onLoaded(const client::api::Reply<client::api::CertificateTypes> &reply);
    void rebuildInputs();

    client::ClientCore *m_core;
    QComboBox *m_type;
    QFormLayout *m_form;
    QList<QPair<client::api::CertificateInput, QLineEdit *>> m_inputs; // input declaration, its field
    QList<client::api::CertificateType> m_types;
    bool m_issuingAvailable = false;
};

} // namespace hpf::ui
