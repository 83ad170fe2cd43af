#include "shell/outboxview.h"

#include "clientcore.h"
#include "session/usertext.h"
#include "store/outbox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

QString stateText(client::Outbox::State state)
{
    switch (state) {
    case client::Outbox::State::Pending:
        return OutboxView::tr("Waiting to be sent");
    case client::Outbox::State::Failed:
        return OutboxView::tr("Refused");
    case client::Outbox::State::Done:
        return OutboxView::tr("Done");
    case client::Outbox::State::Cancelled:
        return OutboxView::tr("Withdrawn before it was sent");
    }
    return {};
}

} // namespace

OutboxView::OutboxView(client::ClientCore *core, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_core(core)
    , m_table(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_resend(new QPushButton(tr("Resend now"), this))
{
    setObjectName(u"outboxView"_qs);
    setWindowTitle(tr("Outbox"));
    resize(760, 420);
    m_table->setObjectName(u"outboxTable"_qs);
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("State"), tr("Operation"), tr("Time"), tr("Attempts"), tr("Last error")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    m_resend->setObjectName(u"resendButton"_qs);
    m_resend->setToolTip(tr("Sends the waiting operations again with their own keys; none is applied twice"));
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_resend);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_resend, &QPushButton::clicked, this, &OutboxView::resendNow);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    client::Outbox *outbox = core->outbox();
    connect(outbox, &client::Outbox::pendingCountChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(outbox, &client::Outbox::finished, this, [this] {
        if (isVisible())
            refresh();
    });
}

void OutboxView::refresh()
{
    m_table->clear();
    const client::Outbox *outbox = m_core->outbox();
    int pending = 0;
    for (const auto state : {client::Outbox::State::Pending, client::Outbox::State::Failed,
                             client::Outbox::State::Done, client::Outbox::State::Cancelled}) {
        QList<client::Outbox::Item> items = outbox->items(state);
        std::reverse(items.begin(), items.end()); // newest first
        if (state == client::Outbox::State::Pending)
            pending = int(items.size());
        for (const client::Outbox::Item &i : std::as_const(items)) {
            auto *row = new QTreeWidgetItem(m_table);
            row->setText(StateColumn, stateText(i.state));
            row->setData(StateColumn, Qt::UserRole, int(i.state));
            row->setText(SummaryColumn, i.summary);
            row->setText(TimeColumn, QLocale().toString(i.createdAt.toLocalTime(), QLocale::ShortFormat));
            row->setText(AttemptsColumn, QString::number(i.attempts));
            row->setTextAlignment(AttemptsColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (!i.lastError.isEmpty())
                row->setText(ErrorColumn, client::usertext::describe(Error{i.lastError, {}, {}}));
        }
    }
    m_summary->setText(tr("%n operation(s) waiting to be sent", nullptr, pending));
    m_resend->setEnabled(pending > 0);
}

void OutboxView::resendNow()
{
    m_core->outbox()->resendPending();
    refresh();
}

} // namespace hpf::ui
