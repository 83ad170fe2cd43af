#include "loan/verifypage.h"

#include "clientcore.h"
#include "domain/errortext.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

ContractVerifyPage::ContractVerifyPage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_path(new QLineEdit(this))
    , m_open(new QPushButton(tr("Choose a PDF… (F4)"), this))
    , m_banner(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"contractVerifyPage"_qs);
    setAcceptDrops(true);
    m_path->setObjectName(u"contractVerifyPath"_qs);
    m_path->setPlaceholderText(tr("Path of a contract PDF, or drop the file here"));
    m_open->setObjectName(u"contractVerifyOpen"_qs);
    m_banner->setObjectName(u"contractVerifyBanner"_qs);
    m_detail->setObjectName(u"contractVerifyDetail"_qs);
    m_status->setObjectName(u"contractVerifyStatus"_qs);
    QFont big = m_banner->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_banner->setFont(big);
    for (QLabel *label : {m_banner, m_detail, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *pathLabel = new QLabel(tr("Contract &file:"), this);
    pathLabel->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(pathLabel);
    row->addWidget(m_path, 1);
    row->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr("Checks a signed loan or mortgage contract: whether the PDF is exactly "
                                      "the one the center signed at the face-to-face signing."),
                                   this));
    layout->addLayout(row);
    layout->addWidget(m_banner);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    layout->addWidget(m_status);

    auto *choose = new QAction(this);
    choose->setShortcut(Qt::Key_F4);
    choose->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(choose);
    connect(choose, &QAction::triggered, this, &ContractVerifyPage::openFile);
    connect(m_open, &QPushButton::clicked, this, &ContractVerifyPage::openFile);
    connect(m_path, &QLineEdit::returnPressed, this, [this] { verifyFile(m_path->text().trimmed()); });
}

QFileDialog *ContractVerifyPage::fileDialog() const
{
    return m_dialog;
}

QString ContractVerifyPage::bannerText() const
{
    return m_banner->text();
}

QString ContractVerifyPage::detailText() const
{
    return m_detail->text();
}

QString ContractVerifyPage::statusText() const
{
    return m_status->text();
}

void ContractVerifyPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void ContractVerifyPage::reset()
{
    ++m_generation;
    m_path->clear();
    m_banner->clear();
    m_banner->setStyleSheet(QString());
    m_detail->clear();
    m_status->clear();
    m_verdict = Verdict::None;
    m_result.reset();
}

void ContractVerifyPage::openFile()
{
    if (m_dialog)
        return;
    m_dialog = new QFileDialog(this, tr("Contract to verify"), {}, tr("PDF (*.pdf)"));
    m_dialog->setObjectName(u"contractVerifyDialog"_qs);
    m_dialog->setFileMode(QFileDialog::ExistingFile);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_path->setText(path);
        verifyFile(path);
    });
    m_dialog->open();
}

void ContractVerifyPage::verifyFile(const QString &path)
{
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("The file cannot be read: %1").arg(file.errorString()), true);
        emit verified(false);
        return;
    }
    // Larger than any contract the desk signs: refused before it is read into memory.
    if (file.size() > client::api::loansigning::kMaxPdfBytes + 64 * 1024) {
        setStatus(errortext::message(u"request.field_range"_qs), true);
        emit verified(false);
        return;
    }
    verifyBytes(file.readAll());
}

void ContractVerifyPage::verifyBytes(const QByteArray &pdf)
{
    const int generation = ++m_generation;
    m_banner->clear();
    m_detail->clear();
    m_verdict = Verdict::None;
    m_result.reset();
    if (pdf.isEmpty()) {
        m_verdict = Verdict::Invalid;
        m_banner->setText(errortext::message(u"contract.not_pdf"_qs));
        emit verified(false);
        return;
    }
    setStatus(tr("Verifying…"), false);
    client::api::loansigning::verify(
        m_core->api(), pdf, this,
        [this, generation](const client::api::Reply<client::api::ContractVerification> &reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok()) {
                setStatus(reply.message, true);
                emit verified(false);
                return;
            }
            m_status->clear();
            showVerification(reply.value());
            emit verified(true);
        });
}

ContractVerifyPage::Verdict ContractVerifyPage::verdictOf(const client::api::ContractVerification &v)
{
    if (v.valid)
        return Verdict::Valid;
    if (v.reason == u"contract.no_signature" || v.reason == u"contract.not_pdf")
        return Verdict::Unsigned;
    if (v.reason == u"contract.unknown_key" || v.reason == u"contract.key_period")
        return Verdict::UnknownKey;
    if (v.reason == u"contract.changed" || v.reason == u"contract.two_signatures" ||
        v.reason == u"contract.malformed" || v.reason == u"contract.bad_signature")
        return Verdict::Changed;
    return Verdict::Invalid;
}

void ContractVerifyPage::showVerification(const client::api::ContractVerification &v)
{
    m_result = v;
    m_verdict = verdictOf(v);
    switch (m_verdict) {
    case Verdict::Valid:
        m_banner->setText(tr("VALID: the contract is unchanged since the center signed it"));
        break;
    case Verdict::Changed:
        m_banner->setText(tr("CHANGED: this file is not the contract the center signed"));
        break;
    case Verdict::Unsigned:
        m_banner->setText(tr("NOT SIGNED: the file carries no signature of the center"));
        break;
    case Verdict::UnknownKey:
        m_banner->setText(tr("UNKNOWN KEY: signed with a key this center does not trust"));
        break;
    case Verdict::Invalid:
    case Verdict::None:
        m_banner->setText(tr("NOT VALID"));
        break;
    }
    m_banner->setStyleSheet(m_verdict == Verdict::Valid ? u"color: #1b5e20;"_qs : u"color: #b00020;"_qs);
    QStringList lines;
    if (!v.valid)
        lines << errortext::message(v.reason);
    if (!v.contractNumber.isEmpty())
        lines << tr("Contract number: %1").arg(v.contractNumber);
    if (v.signedAt.isValid())
        lines << tr("Signed at: %1").arg(v.signedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_qs));
    if (v.valid)
        lines << (v.registered ? tr("This center keeps a signed contract with exactly these bytes.")
                               : tr("This center keeps no copy of this file: ask for the center's copy."));
    m_detail->setText(lines.join(u'\n'));
}

void ContractVerifyPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void ContractVerifyPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    m_path->setText(urls.first().toLocalFile());
    verifyFile(m_path->text());
}

PageDescriptor ContractVerifyPage::descriptor()
{
    return {.code = u"7006"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Contract verification"),
            .permission = u"loans.verifyContract"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"合同验证7006"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new ContractVerifyPage(context.core(), parent);
                page->setFocusProxy(page->pathEdit());
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&ContractVerifyPage::verifyFile)};
}

} // namespace hpf::ui
