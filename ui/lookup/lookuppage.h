#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hpf::client {
class ClientCore;
class JsonTableModel;
struct ApiResponse;
} // namespace hpf::client

namespace hpf::ui {

struct PageDescriptor;

// 1001 查询: find a person by identity number (checked as typed, with the reason for a bad one),
// by name or by personal account number, or go to a unit by its unit account number.
class LookupPage : public QWidget
{
    Q_OBJECT
public:
    enum class Key { IdentityNumber, Name, PersonalAccount, UnitAccount };
    Q_ENUM(Key)

    LookupPage(client::ClientCore *core, QWidget *parent = nullptr);
    // The page in the registry: code, title, permission, shortcut, help anchor, factory.
    static PageDescriptor descriptor();

    void setKey(Key key);
    QComboBox *keyBox() const { return m_key; }
    QLineEdit *input() const { return m_input; }
    QLabel *validationLabel() const { return m_validation; }
    QLabel *inputLabel() const { return m_inputLabel; }
    QPushButton *searchButton() const { return m_search; }
    QTableView *resultView() const { return m_view; }
    client::JsonTableModel *results() const { return m_results; }
    QString statusText() const;

    void setRevealPersonalData(bool reveal);
    void search();
    void reset();

signals:
    void openPerson(const QString &accountNumber);
    void openUnit(const QString &unitAccount);

private:
    void validate();
    void onLoaded(const client::ApiResponse &response);
    Key currentKey() const;
    void updateInputLabel();

    client::ClientCore *m_core;
    QComboBox *m_key;
    QComboBox *m_documentType;
    QLineEdit *m_input;
    QLabel *m_documentTypeLabel;
    QLabel *m_inputLabel;
    QLabel *m_validation;
    QPushButton *m_search;
    QTableView *m_view;
    QLabel *m_status;
    client::JsonTableModel *m_results;
};

} // namespace hpf::ui
