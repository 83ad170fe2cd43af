#include "lookup/unitpage.h"

#include "api/tables.h"
#include "clientcore.h"
#include "items/jsontablemodel.h"
#include "lookup/lookuptext.h"
#include "reference/referencesync.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "widgets/fieldwidth.h"
#include "widgets/formsection.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

QString failureText(const client::ApiResponse &r)
{
    if (r.status == 404 && r.problem.code == u"request.not_found")
        return QCoreApplication::translate("hpf::ui::UnitPage", "This server does not provide this list yet");
    return client::usertext::describeFailure(r);
}

} // namespace

UnitPage::UnitPage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_input(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_employeesStatus(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_employees(new client::JsonTableModel(
          core->api(),
          client::api::tables::unitEmployees({tr("Account"), tr("Name"), tr("Document number"), tr("State"),
                                              tr("Deposit base"), tr("Balance")}),
          this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_remittances(new client::JsonTableModel(
          core->api(),
          client::api::tables::remittances({tr("Month"), tr("Serial"), tr("Employees"), tr("Total")}), this))
    , m_remittanceStatus(new QLabel(this))
{
    setObjectName(u"unitPage"_qs);
    // 1003 / F4 on its own: the teller types the unit account here (Enter loads it); the lookup
    // page and the other pages hand it over through showUnit().
    m_input->setObjectName(u"unitAccountInput"_qs);
    m_input->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,20}"_qs), m_input));
    fitToChars(m_input, chars::accountNumber);
    setFocusProxy(m_input);
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        if (!m_input->text().trimmed().isEmpty())
            showUnit(m_input->text().trimmed());
    });
    auto *inputLabel = new QLabel(tr("&Unit account:"), this);
    inputLabel->setBuddy(m_input);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(inputLabel);
    inputRow->addWidget(m_input);
    inputRow->addStretch();
    m_status->setObjectName(u"unitStatus"_qs);
    m_status->setWordWrap(true);
    m_employeesStatus->setObjectName(u"employeesStatus"_qs);
    m_filter->setObjectName(u"employeeFilter"_qs);
    m_filter->setPlaceholderText(tr("Search employees by account number"));
    m_filter->setClearButtonEnabled(true);
    // The employees' state is a code: the table shows its display text (the filter reads the same).
    auto *texts = new CodeTextProxy(this);
    texts->setSourceModel(m_employees);
    texts->setColumnText(3, &LookupText::accountState);
    m_proxy->setSourceModel(texts);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *details = new QGroupBox(tr("Unit"), this);
    auto *form = new QFormLayout(details);
    for (const auto &[key, label] :
         {std::pair{u"unitAccount"_qs, tr("Unit account:")}, std::pair{u"name"_qs, tr("Unit name:")},
          std::pair{u"creditCode"_qs, tr("Unified social credit code:")},
          std::pair{u"state"_qs, tr("State:")}, std::pair{u"branch"_qs, tr("Branch:")},
          std::pair{u"ratios"_qs, tr("Deposit ratios (unit / personal):")}}) {
        auto *value = new QLabel(details);
        value->setObjectName(key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
        m_fields.insert(key, value);
    }
    auto *employeesBox = new QGroupBox(tr("Employees"), this);
    auto *employeesLayout = new QVBoxLayout(employeesBox);
    QTableView *employeesView = makeTable(m_proxy, employeesBox);
    employeesView->setObjectName(u"employeesTable"_qs);
    employeesView->setAccessibleName(tr("Employees"));
    fitToChars(m_filter, 32);
    auto *filterRow = new QFormLayout;
    filterRow->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    filterRow->addRow(tr("&Find an employee:"), m_filter);
    employeesLayout->addLayout(filterRow);
    employeesLayout->addWidget(employeesView);
    employeesLayout->addWidget(m_employeesStatus);
    auto *remittanceBox = new QGroupBox(tr("Remittance history"), this);
    auto *remittanceLayout = new QVBoxLayout(remittanceBox);
    QTableView *remittancesView = makeTable(m_remittances, remittanceBox);
    remittancesView->setObjectName(u"remittancesTable"_qs);
    remittancesView->setAccessibleName(tr("Remittance history"));
    remittanceLayout->addWidget(remittancesView);
    remittanceLayout->addWidget(m_remittanceStatus);

    // At 200 % the unit's details and both tables are taller than the window: the page scrolls.
    auto *layout = new QVBoxLayout(scrolledContent(this));
    layout->addLayout(inputRow);
    layout->addWidget(m_status);
    layout->addWidget(details);
    layout->addWidget(employeesBox, 2);
    layout->addWidget(remittanceBox, 1);

    connect(employeesView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString account =
            client::api::tables::accountNumberAt(m_employees, m_proxy->mapToSource(index).row());
        if (!account.isEmpty())
            emit openPerson(account);
    });
    connect(m_employees, &client::JsonTableModel::loaded, this, [this](const client::ApiResponse &r) {
        m_employeesStatus->setText(r.ok() ? tr("%n employee(s)", nullptr, m_employees->rowCount())
                                          : failureText(r));
    });
    connect(m_remittances, &client::JsonTableModel::loaded, this, [this](const client::ApiResponse &r) {
        m_remittanceStatus->setText(r.ok() ? QString() : failureText(r));
    });
    reset();
}

void UnitPage::setRole(const QString &role)
{
    m_employees->setRevealPersonalData(role == u"judicial");
}

void UnitPage::reset()
{
    m_unit.reset();
    for (QLabel *l : std::as_const(m_fields))
        l->clear();
    m_employees->clear();
    m_remittances->clear();
    m_filter->clear();
    m_employeesStatus->clear();
    m_remittanceStatus->clear();
    m_input->clear();
    m_status->setText(tr("Type the unit account number and press Enter, or find the unit on the lookup "
                         "page (F2)"));
}

void UnitPage::showUnit(const QString &unitAccount)
{
    reset();
    m_input->setText(unitAccount);
    m_status->setText(tr("Loading…"));
    client::api::openings::fetchUnit(
        m_core->api(), unitAccount, this,
        [this](const client::api::Reply<client::api::Unit> &reply) { onUnit(reply); });
    m_employees->load(client::api::units::employeesPath(unitAccount));
    m_remittances->load(client::api::units::remittancesPath(unitAccount));
}

void UnitPage::onUnit(const client::api::Reply<client::api::Unit> &reply)
{
    if (!reply.ok()) {
        m_status->setText(reply.message);
        emit loaded(false);
        return;
    }
    m_unit = reply.value();
    m_status->clear();
    m_fields[u"unitAccount"_qs]->setText(m_unit->unitAccount);
    m_fields[u"name"_qs]->setText(m_unit->name);
    m_fields[u"creditCode"_qs]->setText(m_unit->creditCode);
    m_fields[u"state"_qs]->setText(LookupText::unitState(m_unit->state));
    const QString branch = m_unit->branch;
    m_fields[u"branch"_qs]->setText(branch + u' ' + m_core->reference()->branchName(branch));
    m_fields[u"ratios"_qs]->setText(u"%1 % / %2 %"_qs.arg(m_unit->unitRatio, m_unit->personalRatio));
    emit loaded(true);
}

QString UnitPage::fieldText(const QString &name) const
{
    const QLabel *l = m_fields.value(name);
    return l ? l->text() : QString();
}

QString UnitPage::statusText() const
{
    return m_status->text();
}

QString UnitPage::employeesStatus() const
{
    return m_employeesStatus->text();
}

PageDescriptor UnitPage::descriptor()
{
    return {.code = u"1003"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Unit account"),
            .permission = u"desk.unitAccount"_qs,
            .shortcut = QKeySequence(Qt::Key_F4),
            .guideAnchor = u"四查询"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new UnitPage(context.core(), parent);
                connect(page, &UnitPage::openPerson, page,
                        [&context](const QString &account) { context.open(u"1002"_qs, account); });
                connect(&context, &PageContext::userChanged, page,
                        [page](const client::UserInfo &user) { page->setRole(user.role); });
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&UnitPage::showUnit)};
}

} // namespace hpf::ui
