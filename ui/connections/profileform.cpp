// SPDX-License-Identifier: MIT
#include "connections/profileform.h"

#include "connections/fielderror.h"
#include "connections/subscriptiondialog.h"
#include "connections/willeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Page { ConnectionPage, SessionPage, TlsPage, WillPage, SubscriptionsPage };

QString generatedClientId()
{
    return u"canopy-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
}

QString optionsText(const ProfileSubscription &subscription)
{
    QStringList parts;
    if (subscription.noLocal)
        parts << ProfileForm::tr("no local");
    if (subscription.retainAsPublished)
        parts << ProfileForm::tr("retain as published");
    if (subscription.retainHandling != 0)
        parts << ProfileForm::tr("retain handling %1").arg(subscription.retainHandling);
    if (subscription.subscriptionIdentifier != 0)
        parts << ProfileForm::tr("identifier %1").arg(subscription.subscriptionIdentifier);
    return parts.join(u", "_s);
}
} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"profileForm"_s);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(u"profilePages"_s);
    // Each page scrolls: error lines that appear under the fields never squeeze the form.
    const auto scrolling = [this](QWidget *page) {
        auto *area = new QScrollArea(m_pages);
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_pages->addTab(scrolling(createConnectionPage()), tr("Connection"));
    m_pages->addTab(scrolling(createSessionPage()), tr("Session"));
    m_pages->addTab(scrolling(createTlsPage()), tr("TLS"));
    m_pages->addTab(scrolling(createWillPage()), tr("Last Will"));
    m_pages->addTab(createSubscriptionsPage(), tr("Subscriptions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // Every edit marks the form modified and clears nothing: errors stay until the next check.
    // (The will editor reports its own edits.)
    const auto own = [this](QObject *child) { return !m_will->isAncestorOf(qobject_cast<QWidget *>(child)); };
    const auto edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (own(edit))
            connect(edit, &QLineEdit::textEdited, this, &ProfileForm::markEdited);
    }
    const auto checks = findChildren<QCheckBox *>();
    for (QCheckBox *check : checks) {
        if (own(check))
            connect(check, &QCheckBox::toggled, this, &ProfileForm::markEdited);
    }
    const auto combos = findChildren<QComboBox *>();
    for (QComboBox *combo : combos) {
        if (own(combo))
            connect(combo, &QComboBox::currentIndexChanged, this, &ProfileForm::markEdited);
    }
    const auto spins = findChildren<QSpinBox *>();
    for (QSpinBox *spin : spins) {
        if (own(spin))
            connect(spin, &QSpinBox::valueChanged, this, &ProfileForm::markEdited);
    }
    connect(m_will, &WillEditor::edited, this, &ProfileForm::markEdited);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    connect(m_passphrase, &QLineEdit::textEdited, this, [this] { m_passphraseEdited = true; });
    setProfile(ConnectionProfile {}, {});
}

FieldError *ProfileForm::addField(QFormLayout *form, const QString &label, QWidget *field, ProfileField which, int page)
{
    auto *error = new FieldError(field->objectName() + u"Error"_s, this);
    form->addRow(label, FieldError::withError(field, error));
    m_errors.insert(which, error);
    m_pageOf.insert(which, page);
    return error;
}

QLineEdit *ProfileForm::addPathField(QFormLayout *form, const QString &label, const QString &objectName,
    ProfileField which, int page, const QString &fileFilter)
{
    auto *row = new QWidget(this);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    auto *browse = new QToolButton(row);
    browse->setObjectName(objectName + u"Browse"_s);
    browse->setText(tr("Choose…"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    row->setObjectName(objectName + u"Row"_s);
    connect(browse, &QToolButton::clicked, this, [this, edit, fileFilter, label] {
        const QString file = QFileDialog::getOpenFileName(this, label, edit->text(), fileFilter);
        if (!file.isEmpty()) {
            edit->setText(file);
            markEdited();
        }
    });
    auto *error = new FieldError(objectName + u"Error"_s, this);
    form->addRow(label, FieldError::withError(row, error));
    m_errors.insert(which, error);
    m_pageOf.insert(which, page);
    return edit;
}

QWidget *ProfileForm::createConnectionPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"profileName"_s);
    m_name->setPlaceholderText(tr("e.g. local mosquitto"));
    addField(form, tr("N&ame:"), m_name, ProfileField::Name, ConnectionPage);

    m_host = new QLineEdit(page);
    m_host->setObjectName(u"profileHost"_s);
    m_host->setPlaceholderText(tr("broker.example.com, or a URL such as mqtts://host:8883"));
    m_host->setToolTip(tr("A host name or IP address; a whole URL pasted here fills in the transport, port and path"));
    addField(form, tr("&Host:"), m_host, ProfileField::Host, ConnectionPage);
    connect(m_host, &QLineEdit::editingFinished, this, &ProfileForm::onHostEdited);

    m_port = new QLineEdit(page);
    m_port->setObjectName(u"profilePort"_s);
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(u"0000000000"_s));
    addField(form, tr("&Port:"), m_port, ProfileField::Port, ConnectionPage);

    m_transport = new QComboBox(page);
    m_transport->setObjectName(u"profileTransport"_s);
    m_transport->addItem(tr("TCP (mqtt://)"), int(ConnectionProfile::Transport::Tcp));
    m_transport->addItem(tr("TLS (mqtts://)"), int(ConnectionProfile::Transport::Tls));
    m_transport->addItem(tr("WebSocket (ws://)"), int(ConnectionProfile::Transport::WebSocket));
    m_transport->addItem(tr("Secure WebSocket (wss://)"), int(ConnectionProfile::Transport::SecureWebSocket));
    form->addRow(tr("T&ransport:"), m_transport);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &ProfileForm::onTransportChanged);

    m_webSocketPath = new QLineEdit(page);
    m_webSocketPath->setObjectName(u"profileWebSocketPath"_s);
    addField(form, tr("&WebSocket path:"), m_webSocketPath, ProfileField::WebSocketPath, ConnectionPage);

    m_protocol = new QComboBox(page);
    m_protocol->setObjectName(u"profileProtocol"_s);
    m_protocol->addItem(tr("MQTT 5, else 3.1.1"), int(Mqtt::ProtocolChoice::V5ElseV311));
    m_protocol->addItem(tr("MQTT 5"), int(Mqtt::ProtocolChoice::V5));
    m_protocol->addItem(tr("MQTT 3.1.1"), int(Mqtt::ProtocolChoice::V311));
    m_protocol->setToolTip(tr("'MQTT 5, else 3.1.1' connects again with 3.1.1 when the broker turns MQTT 5 down"));
    form->addRow(tr("MQTT &version:"), m_protocol);

    auto *idRow = new QWidget(page);
    m_clientId = new QLineEdit(idRow);
    m_clientId->setObjectName(u"profileClientId"_s);
    m_clientId->setPlaceholderText(tr("empty: the broker assigns one"));
    auto *generate = new QToolButton(idRow);
    generate->setObjectName(u"profileNewClientId"_s);
    generate->setText(tr("New"));
    generate->setToolTip(tr("Make up a new client id"));
    connect(generate, &QToolButton::clicked, this, [this] {
        m_clientId->setText(generatedClientId());
        markEdited();
    });
    m_randomSuffix = new QCheckBox(tr("Random suffix"), idRow);
    m_randomSuffix->setObjectName(u"profileRandomSuffix"_s);
    m_randomSuffix->setToolTip(tr("Append a random suffix at every connection, so that several windows or tabs on "
                                  "the same broker do not take each other's place"));
    auto *idLayout = new QHBoxLayout(idRow);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->addWidget(m_clientId, 1);
    idLayout->addWidget(generate);
    idLayout->addWidget(m_randomSuffix);
    auto *idError = new FieldError(u"profileClientIdError"_s, this);
    form->addRow(tr("Cli&ent id:"), FieldError::withError(idRow, idError));
    m_errors.insert(ProfileField::ClientId, idError);
    m_pageOf.insert(ProfileField::ClientId, ConnectionPage);

    m_userName = new QLineEdit(page);
    m_userName->setObjectName(u"profileUserName"_s);
    form->addRow(tr("&User name:"), m_userName);
    m_password = new QLineEdit(page);
    m_password->setObjectName(u"profilePassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    addField(form, tr("Passw&ord:"), m_password, ProfileField::Password, ConnectionPage);
    m_keychainNote = new QLabel(page);
    m_keychainNote->setObjectName(u"keychainNote"_s);
    m_keychainNote->setTextFormat(Qt::PlainText);
    m_keychainNote->setWordWrap(true);
    form->addRow(QString(), m_keychainNote);
    return page;
}

QWidget *ProfileForm::createSessionPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_cleanStart = new QCheckBox(tr("Start a new session at every connection"), page);
    m_cleanStart->setObjectName(u"profileCleanStart"_s);
    form->addRow(tr("Clean st&art:"), m_cleanStart);
    m_sessionExpiry = new QLineEdit(page);
    m_sessionExpiry->setObjectName(u"profileSessionExpiry"_s);
    m_sessionExpiry->setToolTip(tr("MQTT 5: how long the broker keeps the session after the connection ends, in "
                                   "seconds (0: not at all, 4294967295: for ever)"));
    addField(form, tr("Session &expiry (s):"), m_sessionExpiry, ProfileField::SessionExpiry, SessionPage);
    m_keepAlive = new QSpinBox(page);
    m_keepAlive->setObjectName(u"profileKeepAlive"_s);
    m_keepAlive->setRange(0, 65535);
    m_keepAlive->setSpecialValueText(tr("off"));
    addField(form, tr("&Keep-alive (s):"), m_keepAlive, ProfileField::KeepAlive, SessionPage);
    m_connectTimeout = new QSpinBox(page);
    m_connectTimeout->setObjectName(u"profileConnectTimeout"_s);
    m_connectTimeout->setRange(1, 600);
    addField(form, tr("Connect time&out (s):"), m_connectTimeout, ProfileField::ConnectTimeout, SessionPage);
    m_autoReconnect
        = new QCheckBox(tr("Reconnect when the connection is lost, waiting longer after each failure"), page);
    m_autoReconnect->setObjectName(u"profileAutoReconnect"_s);
    form->addRow(tr("&Reconnect:"), m_autoReconnect);
    return page;
}

QWidget *ProfileForm::createTlsPage()
{
    m_tlsPage = new QWidget(this);
    auto *form = new QFormLayout(m_tlsPage);
    m_tlsNote = new QLabel(tr("TLS settings apply to the TLS and Secure WebSocket transports."), m_tlsPage);
    m_tlsNote->setWordWrap(true);
    form->addRow(m_tlsNote);

    auto *caRow = new QWidget(m_tlsPage);
    m_systemCas = new QRadioButton(tr("The system's CAs"), caRow);
    m_systemCas->setObjectName(u"profileCaSystem"_s);
    m_caFileChoice = new QRadioButton(tr("This CA file:"), caRow);
    m_caFileChoice->setObjectName(u"profileCaFileChoice"_s);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_systemCas);
    caLayout->addWidget(m_caFileChoice);
    caLayout->addStretch();
    form->addRow(tr("Trust:"), caRow);
    const QString pem = tr("Certificates and keys (*.pem *.crt *.cer *.key);;All files (*)");
    m_caFile = addPathField(form, tr("CA &file:"), u"profileCaFile"_s, ProfileField::CaFile, TlsPage, pem);
    connect(m_systemCas, &QRadioButton::toggled, this, &ProfileForm::updateEnabledParts);
    connect(m_caFile, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_caFileChoice->setChecked(true);
    });
    m_certificate = addPathField(
        form, tr("Client ce&rtificate:"), u"profileClientCertificate"_s, ProfileField::ClientCertificate, TlsPage, pem);
    m_key = addPathField(form, tr("Client &key:"), u"profileClientKey"_s, ProfileField::ClientKey, TlsPage, pem);
    m_passphrase = new QLineEdit(m_tlsPage);
    m_passphrase->setObjectName(u"profileKeyPassphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("only for an encrypted key"));
    addField(form, tr("Key &passphrase:"), m_passphrase, ProfileField::KeyPassphrase, TlsPage);
    m_serverName = new QLineEdit(m_tlsPage);
    m_serverName->setObjectName(u"profileServerName"_s);
    m_serverName->setPlaceholderText(tr("empty: the host"));
    m_serverName->setToolTip(tr("The name the broker's certificate must carry, also sent as SNI"));
    addField(form, tr("Ser&ver name (SNI):"), m_serverName, ProfileField::ServerName, TlsPage);
    m_alpn = new QLineEdit(m_tlsPage);
    m_alpn->setObjectName(u"profileAlpn"_s);
    m_alpn->setPlaceholderText(tr("e.g. mqtt, or x-amzn-mqtt-ca for AWS IoT on port 443"));
    addField(form, tr("&ALPN:"), m_alpn, ProfileField::Alpn, TlsPage);
    m_skipVerification = new QCheckBox(tr("Skip certificate verification"), m_tlsPage);
    m_skipVerification->setObjectName(u"profileSkipVerification"_s);
    form->addRow(QString(), m_skipVerification);
    m_skipWarning = new QLabel(tr("Anyone between you and the broker can read and change this connection, "
                                  "passwords included: the broker's identity is not checked. Use this only to "
                                  "try out a broker you control; give its CA file instead."),
        m_tlsPage);
    m_skipWarning->setObjectName(u"skipVerificationWarning"_s);
    m_skipWarning->setWordWrap(true);
    m_skipWarning->setStyleSheet(u"color: #b71c1c; font-weight: bold;"_s);
    form->addRow(QString(), m_skipWarning);
    connect(m_skipVerification, &QCheckBox::toggled, m_skipWarning, &QWidget::setVisible);
    return m_tlsPage;
}

QWidget *ProfileForm::createWillPage()
{
    m_will = new WillEditor(this);
    const auto errors = m_will->errors();
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        m_errors.insert(it.key(), it.value());
        m_pageOf.insert(it.key(), WillPage);
    }
    m_pageOf.insert(ProfileField::WillQos, WillPage);
    return m_will;
}

QWidget *ProfileForm::createSubscriptionsPage()
{
    auto *page = new QWidget(this);
    m_subscriptionTable = new QTableWidget(0, 3, page);
    m_subscriptionTable->setObjectName(u"profileSubscriptions"_s);
    m_subscriptionTable->setHorizontalHeaderLabels({ tr("Filter"), tr("QoS"), tr("Options (MQTT 5)") });
    m_subscriptionTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_subscriptionTable->verticalHeader()->hide();
    m_subscriptionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_subscriptionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_subscriptionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_subscriptionTable, &QTableWidget::cellDoubleClicked, this, [this](int row) { editSubscription(row); });
    auto *add = new QPushButton(tr("&Add…"), page);
    add->setObjectName(u"profileAddSubscription"_s);
    auto *edit = new QPushButton(tr("&Edit…"), page);
    edit->setObjectName(u"profileEditSubscription"_s);
    auto *remove = new QPushButton(tr("&Remove"), page);
    remove->setObjectName(u"profileRemoveSubscription"_s);
    connect(add, &QPushButton::clicked, this, [this] { editSubscription(-1); });
    connect(edit, &QPushButton::clicked, this, [this] { editSubscription(m_subscriptionTable->currentRow()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_subscriptionTable->currentRow();
        if (row < 0 || row >= m_subscriptions.size())
            return;
        m_subscriptions.removeAt(row);
        showSubscriptions();
        markEdited();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *error = new FieldError(u"profileSubscriptionsError"_s, page);
    m_errors.insert(ProfileField::Subscriptions, error);
    m_pageOf.insert(ProfileField::Subscriptions, SubscriptionsPage);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Subscribed to when the connection opens:"), page));
    layout->addWidget(m_subscriptionTable, 1);
    layout->addWidget(error);
    layout->addLayout(buttons);
    return page;
}

void ProfileForm::editSubscription(int row)
{
    const bool adding = row < 0 || row >= m_subscriptions.size();
    QStringList others;
    for (int i = 0; i < m_subscriptions.size(); ++i) {
        if (i != row || adding)
            others.append(m_subscriptions.at(i).filter);
    }
    auto *dialog
        = new SubscriptionDialog(adding ? ProfileSubscription { QString() } : m_subscriptions.at(row), others, this);
    connect(dialog, &SubscriptionDialog::subscriptionAccepted, this,
        [this, row, adding](const ProfileSubscription &result) {
            if (adding)
                m_subscriptions.append(result);
            else if (row < m_subscriptions.size())
                m_subscriptions[row] = result;
            showSubscriptions();
            markEdited();
        });
    dialog->open();
}

void ProfileForm::showSubscriptions()
{
    m_subscriptionTable->setRowCount(int(m_subscriptions.size()));
    for (int row = 0; row < m_subscriptions.size(); ++row) {
        const ProfileSubscription &subscription = m_subscriptions.at(row);
        m_subscriptionTable->setItem(row, 0, new QTableWidgetItem(subscription.filter));
        m_subscriptionTable->setItem(row, 1, new QTableWidgetItem(QString::number(subscription.qos)));
        m_subscriptionTable->setItem(row, 2, new QTableWidgetItem(optionsText(subscription)));
    }
}

void ProfileForm::markEdited()
{
    if (m_filling)
        return;
    m_modified = true;
    Q_EMIT edited();
}

void ProfileForm::onTransportChanged()
{
    const auto previous = ConnectionProfile::Transport(m_previousTransport);
    const auto now = ConnectionProfile::Transport(m_transport->currentData().toInt());
    // A port that was the old transport's default follows the new one.
    if (m_port->text().trimmed() == QString::number(ConnectionProfile::defaultPort(previous))
        || m_port->text().isEmpty())
        m_port->setText(QString::number(ConnectionProfile::defaultPort(now)));
    m_previousTransport = int(now);
    updateEnabledParts();
}

void ProfileForm::onHostEdited()
{
    const QString text = m_host->text().trimmed();
    if (!text.contains("://"_L1))
        return;
    ConnectionProfile parsed;
    QString error;
    if (!parsed.applyUrl(text, &error)) {
        m_errors.value(ProfileField::Host)->setError(error);
        return;
    }
    m_errors.value(ProfileField::Host)->setError({});
    m_host->setText(parsed.host);
    m_previousTransport = int(parsed.transport); // no port change from the transport: the URL's port wins
    m_transport->setCurrentIndex(m_transport->findData(int(parsed.transport)));
    m_port->setText(QString::number(parsed.port));
    if (parsed.usesWebSocket())
        m_webSocketPath->setText(parsed.webSocketPath);
    markEdited();
}

void ProfileForm::updateEnabledParts()
{
    const auto transport = ConnectionProfile::Transport(m_transport->currentData().toInt());
    const bool webSocket = transport == ConnectionProfile::Transport::WebSocket
        || transport == ConnectionProfile::Transport::SecureWebSocket;
    const bool tls
        = transport == ConnectionProfile::Transport::Tls || transport == ConnectionProfile::Transport::SecureWebSocket;
    m_webSocketPath->setEnabled(webSocket);
    const auto tlsParts = m_tlsPage->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *part : tlsParts) {
        if (part != m_tlsNote)
            part->setEnabled(tls);
    }
    m_tlsNote->setVisible(!tls);
    if (tls)
        findChild<QWidget *>(u"profileCaFileRow"_s)->setEnabled(m_caFileChoice->isChecked());
}

void ProfileForm::setProfile(const ConnectionProfile &profile, const ProfileSecrets &secrets)
{
    m_filling = true;
    m_id = profile.id;
    clearProblems();
    m_name->setText(profile.name);
    m_host->setText(profile.host);
    m_port->setText(QString::number(profile.port));
    m_previousTransport = int(profile.transport);
    m_transport->setCurrentIndex(m_transport->findData(int(profile.transport)));
    m_webSocketPath->setText(profile.webSocketPath);
    m_protocol->setCurrentIndex(m_protocol->findData(int(profile.protocol)));
    m_clientId->setText(profile.clientId);
    m_randomSuffix->setChecked(profile.randomClientIdSuffix);
    m_userName->setText(profile.userName);

    m_cleanStart->setChecked(profile.cleanStart);
    m_sessionExpiry->setText(QString::number(profile.sessionExpiryInterval));
    m_keepAlive->setValue(profile.keepAliveSeconds);
    m_connectTimeout->setValue(profile.connectTimeoutSeconds);
    m_autoReconnect->setChecked(profile.autoReconnect);

    m_caFile->setText(profile.caFile);
    (profile.caFile.isEmpty() ? m_systemCas : m_caFileChoice)->setChecked(true);
    m_certificate->setText(profile.clientCertificateFile);
    m_key->setText(profile.clientKeyFile);
    m_serverName->setText(profile.serverName);
    m_alpn->setText(profile.alpn.join(u", "_s));
    m_skipVerification->setChecked(profile.skipVerification);
    m_skipWarning->setVisible(profile.skipVerification);

    m_will->setWill(profile.will);

    m_subscriptions = profile.subscriptions;
    showSubscriptions();

    m_password->setText(secrets.password);
    m_passphrase->setText(secrets.keyPassphrase);
    m_passwordEdited = false;
    m_passphraseEdited = false;
    updateEnabledParts();
    m_filling = false;
    m_modified = false;
}

void ProfileForm::setSecrets(const ProfileSecrets &secrets)
{
    const bool wasModified = m_modified;
    m_filling = true;
    if (!m_passwordEdited)
        m_password->setText(secrets.password);
    if (!m_passphraseEdited)
        m_passphrase->setText(secrets.keyPassphrase);
    m_filling = false;
    m_modified = wasModified;
}

ConnectionProfile ProfileForm::profile() const
{
    ConnectionProfile profile;
    profile.id = m_id;
    profile.name = m_name->text().trimmed();
    profile.host = m_host->text().trimmed();
    bool ok = false;
    const int port = m_port->text().trimmed().toInt(&ok);
    profile.port = ok ? port : -1;
    profile.transport = ConnectionProfile::Transport(m_transport->currentData().toInt());
    profile.webSocketPath = m_webSocketPath->text().trimmed();
    profile.protocol = Mqtt::ProtocolChoice(m_protocol->currentData().toInt());
    profile.clientId = m_clientId->text();
    profile.randomClientIdSuffix = m_randomSuffix->isChecked();
    profile.userName = m_userName->text();

    profile.cleanStart = m_cleanStart->isChecked();
    profile.sessionExpiryInterval = m_sessionExpiry->text().trimmed().toUInt();
    profile.keepAliveSeconds = m_keepAlive->value();
    profile.connectTimeoutSeconds = m_connectTimeout->value();
    profile.autoReconnect = m_autoReconnect->isChecked();

    profile.caFile = m_caFileChoice->isChecked() ? m_caFile->text().trimmed() : QString();
    profile.clientCertificateFile = m_certificate->text().trimmed();
    profile.clientKeyFile = m_key->text().trimmed();
    profile.serverName = m_serverName->text().trimmed();
    profile.alpn.clear();
    for (const QString &name : m_alpn->text().split(u',', Qt::SkipEmptyParts))
        profile.alpn.append(name.trimmed());
    profile.skipVerification = m_skipVerification->isChecked();

    profile.will = m_will->will();
    profile.subscriptions = m_subscriptions;
    return profile;
}

ProfileSecrets ProfileForm::secrets() const
{
    return { m_password->text(), m_passphrase->text() };
}

QList<ProfileProblem> ProfileForm::inputProblems() const
{
    QList<ProfileProblem> problems;
    bool ok = false;
    m_sessionExpiry->text().trimmed().toUInt(&ok);
    if (!ok)
        problems.append({ ProfileField::SessionExpiry,
            tr("The session expiry is a number of seconds from 0 to 4294967295 (for ever).") });
    problems += m_will->inputProblems();
    if (m_caFileChoice->isChecked() && m_caFile->text().trimmed().isEmpty() && (profile().usesTls()))
        problems.append({ ProfileField::CaFile, tr("Choose the CA file, or trust the system's CAs.") });
    return problems;
}

void ProfileForm::clearProblems()
{
    for (FieldError *error : std::as_const(m_errors))
        error->setError({});
    for (int row = 0; row < m_subscriptionTable->rowCount(); ++row) {
        if (QTableWidgetItem *item = m_subscriptionTable->item(row, 0))
            item->setBackground(QBrush());
    }
}

void ProfileForm::showProblems(const QList<ProfileProblem> &problems)
{
    clearProblems();
    int firstPage = -1;
    for (const ProfileProblem &problem : problems) {
        FieldError *error = m_errors.value(problem.field);
        if (!error)
            error = m_errors.value(ProfileField::Name); // every problem is shown somewhere
        QString sentence = problem.sentence;
        if (problem.field == ProfileField::Subscriptions && problem.subscription >= 0) {
            sentence = tr("Row %1: %2").arg(problem.subscription + 1).arg(problem.sentence);
            if (QTableWidgetItem *item = m_subscriptionTable->item(problem.subscription, 0))
                item->setBackground(QColor(0xff, 0xcd, 0xd2));
        }
        error->addError(sentence);
        if (firstPage < 0)
            firstPage = m_pageOf.value(problem.field, 0);
    }
    if (firstPage >= 0)
        m_pages->setCurrentIndex(firstPage);
}

void ProfileForm::setKeychainNote(const QString &text, bool warning)
{
    m_keychainNote->setText(text);
    m_keychainNote->setStyleSheet(warning ? u"color: #b71c1c;"_s : QString());
}
