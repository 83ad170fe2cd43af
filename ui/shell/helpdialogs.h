#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QLabel;
class QTableWidget;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

// Help → About: the client's version and Qt's, the licence, and the server's version as
// GET /api/v1/version reports it (asked when the dialog opens).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(client::ClientCore *core, QWidget *parent = nullptr);

    QString versionText() const;
    QString serverText() const;
    QString licenceText() const;

signals:
    void serverAnswered(); // the server line is filled in (a version or "cannot be reached")

private:
    QLabel *m_version;
    QLabel *m_server;
    QLabel *m_licence;
};

// Help → Keyboard shortcuts: every shortcut of the window's menus the signed-in role may use (the
// pages' from the registry and the shell's own), in menu order.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Row
    {
        QKeySequence keys;
        QString what;
    };
    ShortcutsDialog(const QList<Row> &rows, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace hpf::ui
