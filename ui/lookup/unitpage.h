#pragma once

#include "api/openings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace hpf::client {
class ClientCore;
class JsonTableModel;
} // namespace hpf::client

namespace hpf::ui {

struct PageDescriptor;

// 1003 单位账户: unit details, its employees (searchable) and its remittance history.
class UnitPage : public QWidget
{
    Q_OBJECT
public:
    UnitPage(client::ClientCore *core, QWidget *parent = nullptr);
    // The page in the registry: code, title, permission, shortcut, help anchor, factory.
    static PageDescriptor descriptor();

    void setRole(const QString &role);
    void showUnit(const QString &unitAccount);
    void reset();

    QString unitAccount() const { return m_unit ? m_unit->unitAccount : QString(); }
    QString fieldText(const QString &name) const;
    QString statusText() const;
    QString employeesStatus() const;
    QLineEdit *employeeFilter() const { return m_filter; }
    // The unit account typed on the page itself (1003 / F4 without coming from the lookup page).
    QLineEdit *unitInput() const { return m_input; }
    QSortFilterProxyModel *employeesView() const { return m_proxy; }
    client::JsonTableModel *employees() const { return m_employees; }
    client::JsonTableModel *remittances() const { return m_remittances; }

signals:
    void openPerson(const QString &accountNumber);
    void loaded(bool ok);

private:
    void onUnit(const client::api::Reply<client::api::Unit> &reply);

    client::ClientCore *m_core;
    QLineEdit *m_input;
    std::optional<client::api::Unit> m_unit;
    QHash<QString, QLabel *> m_fields;
    QLabel *m_status;
    QLabel *m_employeesStatus;
    QLineEdit *m_filter;
    client::JsonTableModel *m_employees;
    QSortFilterProxyModel *m_proxy;
    client::JsonTableModel *m_remittances;
    QLabel *m_remittanceStatus;
};

} // namespace hpf::ui
