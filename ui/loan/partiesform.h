#pragma once

#include <QGroupBox>
#include <QList>

class QCheckBox;
class QLineEdit;

namespace hpf::ui {

// The people of 7001 贷款受理 (issue 18, split out of the page in issue 19): the borrower, the
// spouse, two co-borrowers and two guarantors, each with identity, name, monthly income and debts
// and the recorded credit report authorisation (征信授权). Each person is a block of two labelled
// lines, so every input has its own label at any font size; the inputs are sized to what they hold.
class LoanPartiesForm : public QGroupBox
{
    Q_OBJECT
public:
    // One person: identity, name, incomes, the recorded credit authorisation.
    struct PartyRow
    {
        QString role; // borrower | spouse | co_borrower | guarantor
        QLineEdit *documentNumber = nullptr;
        QLineEdit *name = nullptr;
        QLineEdit *income = nullptr;
        QLineEdit *debts = nullptr;
        QCheckBox *credit = nullptr;
        bool isEmpty() const;
    };

    explicit LoanPartiesForm(QWidget *parent = nullptr);

    const QList<PartyRow> &rows() const { return m_rows; }
    // The inputs in the order Enter and Tab visit them (row by row, left to right).
    QList<QWidget *> fields() const;
    void clear();

private:
    QList<PartyRow> m_rows;
};

} // namespace hpf::ui
