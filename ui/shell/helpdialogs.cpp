#include "shell/helpdialogs.h"

#include "api/serverinfo.h"
#include "clientcore.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

AboutDialog::AboutDialog(client::ClientCore *core, QWidget *parent)
    : QDialog(parent)
    , m_version(new QLabel(this))
    , m_server(new QLabel(tr("Asking the server…"), this))
    , m_licence(new QLabel(this))
{
    setObjectName(u"aboutDialog"_qs);
    setWindowTitle(tr("About HPF Counter"));
    auto *title = new QLabel(u"<b>%1</b>"_qs.arg(tr("HPF Counter")), this);
    auto *purpose = new QLabel(tr("Counter client of the housing provident fund center"), this);
    purpose->setWordWrap(true);
    m_version->setObjectName(u"aboutVersion"_qs);
    m_version->setText(tr("Version %1 (Qt %2)")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    m_server->setObjectName(u"aboutServer"_qs);
    m_server->setWordWrap(true);
    m_licence->setObjectName(u"aboutLicence"_qs);
    m_licence->setWordWrap(true);
    m_licence->setText(tr("Licensed to the housing provident fund center that installed it, for its own "
                          "counters; all other rights reserved."));
    for (QLabel *l : {m_version, m_server, m_licence})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse); // support may ask for the versions
    auto *form = new QFormLayout;
    form->addRow(tr("Client:"), m_version);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Licence:"), m_licence);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(purpose);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);

    client::api::serverinfo::version(
        core->api(), this, [this](const client::api::Reply<client::api::ServerVersion> &r) {
            if (!r.ok() || r.value().version.isEmpty()) {
                m_server->setText(tr("The server cannot be reached; its version is unknown"));
            } else {
                const client::api::ServerVersion &v = r.value();
                m_server->setText(tr("%1 %2 (API %3, database schema %4)")
                                      .arg(v.name, v.version, v.api)
                                      .arg(v.schemaVersion));
            }
            emit serverAnswered();
        });
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::serverText() const
{
    return m_server->text();
}

QString AboutDialog::licenceText() const
{
    return m_licence->text();
}

ShortcutsDialog::ShortcutsDialog(const QList<Row> &rows, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(rows.size()), 2, this))
{
    setObjectName(u"shortcutsDialog"_qs);
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(u"shortcuts"_qs);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows.at(i).keys.toString(QKeySequence::NativeText)));
        m_table->setItem(i, 1, new QTableWidgetItem(rows.at(i).what));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 30);
}

} // namespace hpf::ui
