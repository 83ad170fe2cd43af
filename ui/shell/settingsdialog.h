#pragma once

#include "session/settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace hpf::ui {

// Server profiles (URL + optional CA certificate), language, font scale and high contrast. Saved on
// OK; changing the server takes effect at the next sign-in, the language at the next start, the
// scale and the contrast at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(client::Settings *settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QSpinBox *fontScaleBox() const { return m_fontScale; }
    QCheckBox *highContrastBox() const { return m_highContrast; }
    QTableWidget *profileTable() const { return m_profiles; }
    QComboBox *activeProfileBox() const { return m_active; }
    // Validates and stores; returns false (with a message) when a profile is wrong.
    bool save();
    QString message() const;

signals:
    void languageChanged(const QString &language);
    void fontScaleChanged(int percent);
    void highContrastChanged(bool on);
    void serverChanged();

private:
    void addProfileRow(const client::ServerProfile &profile);
    void refreshActiveBox();

    client::Settings *m_settings;
    QTableWidget *m_profiles;
    QComboBox *m_active;
    QComboBox *m_language;
    QSpinBox *m_fontScale;
    QCheckBox *m_highContrast;
    QLabel *m_message;
};

} // namespace hpf::ui
