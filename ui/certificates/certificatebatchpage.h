#pragma once

#include "api/certificates.h"
#include "base/result.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>
#include <atomic>
#include <memory>

class QFileDialog;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace hpf::client {
class ClientCore;
}
namespace hpf::client::ops {
class Operation;
class Outcome;
} // namespace hpf::client::ops

namespace hpf::ui {

struct PageDescriptor;

class CertificateTypeForm;
class DocumentPrinter;
class FormNavigator;

// 4002 批量开具: certificates for a unit's active employees (all, or those ticked) issued in chunks
// (each chunk one operation, saved in the outbox before it is sent; a resumed run sends the chunk
// that failed again with the same id, or waits for the outbox to deliver it), then written into ONE PDF, one
// certificate per page, off the GUI thread. Progress is real (chunks answered, pages written); Cancel stops
// both, and a cancelled PDF is never left behind: pages go to "<file>.part", renamed only when complete.
class CertificateBatchPage : public QWidget
{
    Q_OBJECT
public:
    enum class Phase { Idle, Issuing, Rendering, Done, Cancelled, Failed };
    Q_ENUM(Phase)
    static constexpr int kChunk = 10; // certificates per request

    CertificateBatchPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    // The page in the registry: code, title, permission, shortcut, help anchor, factory.
    static PageDescriptor descriptor();
    ~CertificateBatchPage() override;

    QLineEdit *unitInput() const { return m_unit; }
    QTableView *employeesView() const { return m_view; }
    QStandardItemModel *employees() const { return m_model; }
    CertificateTypeForm *typeForm() const { return m_types; }
    QLineEdit *outputEdit() const { return m_output; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *printButton() const { return m_print; }
    QProgressBar *progressBar() const { return m_progress; }
    QFileDialog *fileDialog() const;
    QString statusText() const;
    Phase phase() const { return m_phase; }
    int selectedCount() const;
    // What the server issued in this run, in page order.
    QList<client::api::Certificate> certificates() const { return m_certificates; }

    void loadUnit();
    void setAllSelected(bool selected);
    void start();
    void cancel();
    void reset();

signals:
    void employeesLoaded(int count);
    void progressChanged(hpf::ui::CertificateBatchPage::Phase phase, int done, int total);
    void finished(hpf::ui::CertificateBatchPage::Phase phase, const QString &pdfPath);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onEmployees(const client::api::Reply<client::api::UnitEmployees> &reply);
    void sendNextChunk();
    void onChunk(const client::ops::Outcome &outcome);
    void onChunkFailed(const QString &message);
    void render();
    void onRendered(int pages);
    void onRenderFinished();
    void finish(Phase phase, const QString &message);
    void setPhase(Phase phase);
    void rebuildNavigation();
    void browse();
    QStringList selectedAccounts() const;
    QString runSignature() const;
    bool canResume() const;

    client::ClientCore *m_core;
    DocumentPrinter *m_printer;
    QLineEdit *m_unit;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QLabel *m_count;
    CertificateTypeForm *m_types;
    QLineEdit *m_output;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_print;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPointer<QFileDialog> m_dialog;
    QPointer<FormNavigator> m_navigator;

    Phase m_phase = Phase::Idle;
    QString m_loadedUnit;
    QString m_signature; // what the chunks were made for: a resumed run must be the same run
    QList<client::ops::Request> m_chunks;
    client::ops::Operation *m_operation; // the chunk in flight
    int m_nextChunk = 0;
    int m_total = 0;
    bool m_cancelRequested = false;
    QList<client::api::Certificate> m_certificates;
    QStringList m_refused;
    QString m_pdfPath;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QFutureWatcher<Status> m_render;
};

} // namespace hpf::ui
