#include "shell/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSslCertificate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

SettingsDialog::SettingsDialog(client::Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_profiles(new QTableWidget(0, 3, this))
    , m_active(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_fontScale(new QSpinBox(this))
    , m_highContrast(new QCheckBox(tr("White text on black, for low vision or a bright counter"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"settingsDialog"_qs);
    setWindowTitle(tr("Settings"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_profiles->setHorizontalHeaderLabels({tr("Name"), tr("Server URL"), tr("CA certificate (PEM file)")});
    m_profiles->horizontalHeader()->setStretchLastSection(true);
    for (const client::ServerProfile &p : settings->profiles())
        addProfileRow(p);
    auto *add = new QPushButton(tr("Add server"), this);
    auto *remove = new QPushButton(tr("Remove server"), this);
    connect(add, &QPushButton::clicked, this, [this] { addProfileRow({}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_profiles->currentRow() >= 0)
            m_profiles->removeRow(m_profiles->currentRow());
        refreshActiveBox();
    });
    connect(m_profiles, &QTableWidget::itemChanged, this, &SettingsDialog::refreshActiveBox);

    m_language->addItem(u"简体中文"_qs, u"zh_CN"_qs);
    m_language->addItem(u"English"_qs, u"en"_qs);
    m_language->setCurrentIndex(m_language->findData(settings->language()));
    m_fontScale->setRange(100, 200);
    m_fontScale->setSingleStep(10);
    m_fontScale->setSuffix(u" %"_qs);
    m_fontScale->setValue(settings->fontScale());
    m_highContrast->setObjectName(u"highContrast"_qs);
    m_highContrast->setChecked(settings->highContrast());
    m_message->setStyleSheet(u"color: #b00020;"_qs);
    m_message->setWordWrap(true);

    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(add);
    profileButtons->addWidget(remove);
    profileButtons->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Server in use:"), m_active);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Font size:"), m_fontScale);
    form->addRow(tr("High contrast:"), m_highContrast);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Servers (without any, the client runs its own training server):"), this));
    layout->addWidget(m_profiles);
    layout->addLayout(profileButtons);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshActiveBox();
    const auto active = settings->activeProfile();
    m_active->setCurrentIndex(qMax(0, m_active->findData(active ? active->name : QString())));
}

void SettingsDialog::addProfileRow(const client::ServerProfile &profile)
{
    const int row = m_profiles->rowCount();
    m_profiles->insertRow(row);
    m_profiles->setItem(row, 0, new QTableWidgetItem(profile.name));
    m_profiles->setItem(row, 1, new QTableWidgetItem(profile.url.toString()));
    m_profiles->setItem(row, 2, new QTableWidgetItem(profile.caCertificatePath));
}

void SettingsDialog::refreshActiveBox()
{
    const QString current = m_active->currentData().toString();
    m_active->clear();
    m_active->addItem(tr("Training server (local)"), QString());
    for (int row = 0; row < m_profiles->rowCount(); ++row) {
        const QString name =
            m_profiles->item(row, 0) ? m_profiles->item(row, 0)->text().trimmed() : QString();
        if (!name.isEmpty())
            m_active->addItem(name, name);
    }
    m_active->setCurrentIndex(qMax(0, m_active->findData(current)));
}

QString SettingsDialog::message() const
{
    return m_message->text();
}

bool SettingsDialog::save()
{
    QList<client::ServerProfile> profiles;
    for (int row = 0; row < m_profiles->rowCount(); ++row) {
        const auto text = [&](int c) {
            return m_profiles->item(row, c) ? m_profiles->item(row, c)->text().trimmed() : QString();
        };
        client::ServerProfile p{text(0), QUrl(text(1)), text(2)};
        if (p.name.isEmpty() && text(1).isEmpty())
            continue;
        if (p.name.isEmpty() || !p.url.isValid() ||
            (p.url.scheme() != u"http" && p.url.scheme() != u"https") || p.url.host().isEmpty()) {
            m_message->setText(tr("Server %1: give a name and an http:// or https:// address").arg(row + 1));
            return false;
        }
        if (!p.caCertificatePath.isEmpty() && QSslCertificate::fromPath(p.caCertificatePath).isEmpty()) {
            m_message->setText(tr("Server %1: the CA certificate file cannot be read as PEM").arg(p.name));
            return false;
        }
        profiles.append(p);
    }
    const auto before = m_settings->activeProfile();
    m_settings->setProfiles(profiles);
    m_settings->setActiveProfile(m_active->currentData().toString());
    const auto after = m_settings->activeProfile();
    const QString language = m_language->currentData().toString();
    if (language != m_settings->language()) {
        m_settings->setLanguage(language);
        emit languageChanged(language);
    }
    if (m_fontScale->value() != m_settings->fontScale()) {
        m_settings->setFontScale(m_fontScale->value());
        emit fontScaleChanged(m_settings->fontScale());
    }
    if (m_highContrast->isChecked() != m_settings->highContrast()) {
        m_settings->setHighContrast(m_highContrast->isChecked());
        emit highContrastChanged(m_highContrast->isChecked());
    }
    m_settings->sync();
    if (before != after)
        emit serverChanged();
    return true;
}

} // namespace hpf::ui
