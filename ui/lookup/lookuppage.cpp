#include "lookup/lookuppage.h"

#include "api/accounts.h"
#include "api/tables.h"
#include "clientcore.h"
#include "domain/access.h"
#include "domain/errortext.h"
#include "domain/identity.h"
#include "items/jsontablemodel.h"
#include "lookup/lookuptext.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "widgets/fieldwidth.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hpf::ui {

LookupPage::LookupPage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_key(new QComboBox(this))
    , m_documentType(new QComboBox(this))
    , m_input(new QLineEdit(this))
    , m_documentTypeLabel(new QLabel(tr("Document t&ype:"), this))
    , m_inputLabel(new QLabel(this))
    , m_validation(new QLabel(this))
    , m_search(new QPushButton(tr("Search"), this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_results(
          new client::JsonTableModel(core->api(),
                                     client::api::tables::personSearch(
                                         {tr("Account"), tr("Name"), tr("Document number"),
                                          tr("Unit account"), tr("State"), tr("Balance"), tr("Available")}),
                                     this))
{
    setObjectName(u"lookupPage"_qs);
    m_key->addItem(tr("Identity number"), int(Key::IdentityNumber));
    m_key->addItem(tr("Name"), int(Key::Name));
    m_key->addItem(tr("Personal account number"), int(Key::PersonalAccount));
    m_key->addItem(tr("Unit account number"), int(Key::UnitAccount));
    m_documentType->addItem(tr("Resident ID card"), u"01"_qs);
    m_documentType->addItem(tr("Military officer card"), u"02"_qs);
    m_documentType->addItem(tr("Passport"), u"03"_qs);
    m_documentType->addItem(tr("Foreign permanent resident card"), u"04"_qs);
    m_documentType->addItem(tr("Other document"), u"99"_qs);
    m_input->setObjectName(u"lookupInput"_qs);
    m_input->setClearButtonEnabled(true);
    m_validation->setObjectName(u"lookupValidation"_qs);
    m_validation->setStyleSheet(u"color: #b00020;"_qs);
    m_status->setObjectName(u"lookupStatus"_qs);
    m_status->setWordWrap(true);
    // The state column reads the code's display text in the interface language.
    auto *texts = new CodeTextProxy(this);
    texts->setSourceModel(m_results);
    texts->setColumnText(4, &LookupText::accountState);
    m_view->setModel(texts);
    m_view->setAccessibleName(tr("Search results"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();

    // One row: what to search by, the document type (identity numbers only) and the value, each
    // with its label; the value's label names what is typed (身份证号码, 姓名, 账号 …).
    m_key->setObjectName(u"lookupKey"_qs);
    m_documentType->setObjectName(u"lookupDocumentType"_qs);
    fitToChars(m_input, chars::identityNumber + 5);
    auto *keyLabel = new QLabel(tr("Search &by:"), this);
    keyLabel->setBuddy(m_key);
    m_documentTypeLabel->setBuddy(m_documentType);
    m_inputLabel->setBuddy(m_input);
    // One row each, so the page fits at 200 %: what to search by, the document type (shown for
    // identity numbers only), then the value with the search button.
    auto *row = new QGridLayout;
    row->addWidget(keyLabel, 0, 0);
    row->addWidget(m_key, 0, 1, Qt::AlignLeft);
    row->addWidget(m_documentTypeLabel, 1, 0);
    row->addWidget(m_documentType, 1, 1, Qt::AlignLeft);
    row->addWidget(m_inputLabel, 2, 0);
    row->addWidget(m_input, 2, 1);
    row->addWidget(m_search, 2, 2, Qt::AlignLeft);
    row->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_validation);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_key, &QComboBox::currentIndexChanged, this, [this] {
        m_documentType->setVisible(currentKey() == Key::IdentityNumber);
        m_documentTypeLabel->setVisible(currentKey() == Key::IdentityNumber);
        updateInputLabel();
        validate();
    });
    connect(m_documentType, &QComboBox::currentIndexChanged, this, &LookupPage::validate);
    connect(m_input, &QLineEdit::textChanged, this, &LookupPage::validate);
    connect(m_input, &QLineEdit::returnPressed, this, &LookupPage::search);
    connect(m_search, &QPushButton::clicked, this, &LookupPage::search);
    connect(m_results, &client::JsonTableModel::loaded, this, &LookupPage::onLoaded);
    const auto open = [this](const QModelIndex &index) {
        const QString account = client::api::tables::accountNumberAt(m_results, index.row());
        if (!account.isEmpty())
            emit openPerson(account);
    };
    connect(m_view, &QTableView::activated, this, open);
    updateInputLabel();
    validate();
}

void LookupPage::updateInputLabel()
{
    switch (currentKey()) {
    case Key::IdentityNumber:
        m_inputLabel->setText(tr("Document &number:"));
        break;
    case Key::Name:
        m_inputLabel->setText(tr("&Name:"));
        break;
    case Key::PersonalAccount:
        m_inputLabel->setText(tr("Personal account &number:"));
        break;
    case Key::UnitAccount:
        m_inputLabel->setText(tr("Unit account &number:"));
        break;
    }
    m_input->setAccessibleName(m_inputLabel->text().remove(u'&').chopped(1));
}

LookupPage::Key LookupPage::currentKey() const
{
    return Key(m_key->currentData().toInt());
}

void LookupPage::setKey(Key key)
{
    m_key->setCurrentIndex(m_key->findData(int(key)));
}

QString LookupPage::statusText() const
{
    return m_status->text();
}

void LookupPage::setRevealPersonalData(bool reveal)
{
    m_results->setRevealPersonalData(reveal);
}

void LookupPage::reset()
{
    m_input->clear();
    m_results->clear();
    m_status->clear();
}

void LookupPage::validate()
{
    const QString text = m_input->text().trimmed();
    QString problem;
    switch (currentKey()) {
    case Key::IdentityNumber: {
        const auto type = identity::documentTypeFromCode(m_documentType->currentData().toString());
        if (!text.isEmpty() && type) {
            auto parsed = identity::parse(*type, text, m_core->clock().today());
            if (!parsed)
                problem = errortext::describe(parsed.error());
        }
        break;
    }
    case Key::Name:
        if (text.size() > 60)
            problem = tr("A name has at most 60 characters");
        break;
    case Key::PersonalAccount:
    case Key::UnitAccount: {
        const bool digits = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
        if (!digits || text.size() > 20)
            problem = tr("An account number has only digits (at most 20)");
        break;
    }
    }
    m_validation->setText(problem);
    m_search->setEnabled(problem.isEmpty() && !text.isEmpty());
}

void LookupPage::search()
{
    if (!m_search->isEnabled())
        return;
    const QString text = m_input->text().trimmed();
    client::api::PersonQuery query;
    switch (currentKey()) {
    case Key::IdentityNumber: {
        const auto type = identity::documentTypeFromCode(m_documentType->currentData().toString());
        auto parsed = identity::parse(*type, text, m_core->clock().today());
        query.documentType = m_documentType->currentData().toString();
        query.documentNumber = parsed ? parsed->number : text;
        break;
    }
    case Key::Name:
        query.name = text;
        break;
    case Key::PersonalAccount:
        query.accountNumber = text;
        break;
    case Key::UnitAccount:
        emit openUnit(text);
        return;
    }
    m_status->setText(tr("Searching…"));
    m_results->load(client::api::accounts::findRequest(query));
}

void LookupPage::onLoaded(const client::ApiResponse &response)
{
    if (!response.ok()) {
        m_status->setText(client::usertext::describeFailure(response));
        return;
    }
    const int n = m_results->rowCount();
    m_status->setText(n == 0 ? tr("Nobody found")
                             : tr("%n found; press Enter on a row to open it", nullptr, n));
    if (n > 0) {
        m_view->setFocus();
        m_view->selectRow(0);
    }
}

PageDescriptor LookupPage::descriptor()
{
    return {.code = u"1001"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Lookup"),
            .permission = u"desk.lookup"_qs,
            .shortcut = QKeySequence(Qt::Key_F2),
            .guideAnchor = u"四查询"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new LookupPage(context.core(), parent);
                page->setFocusProxy(page->input());
                connect(page, &LookupPage::openPerson, page,
                        [&context](const QString &account) { context.open(u"1002"_qs, account); });
                connect(page, &LookupPage::openUnit, page,
                        [&context](const QString &unit) { context.open(u"1003"_qs, unit); });
                connect(&context, &PageContext::userChanged, page, [page](const client::UserInfo &user) {
                    page->setRevealPersonalData(user.role == access::role::judicial);
                });
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
