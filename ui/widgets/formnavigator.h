#pragma once

#include <QObject>

class QWidget;

namespace hpf::ui {

// Counter habit: Enter (or Return) in a form field moves to the next field instead of submitting;
// in the last field it triggers `submit`. Install once per form.
class FormNavigator : public QObject
{
    Q_OBJECT
public:
    // `fields` in tab order; Enter in the last one emits submitRequested().
    FormNavigator(const QList<QWidget *> &fields, QObject *parent);

signals:
    void submitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QWidget *> m_fields;
};

} // namespace hpf::ui
