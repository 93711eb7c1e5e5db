// SPDX-License-Identifier: MIT
#include "connections/connectionmanager.h"

#include "connections/connectiontester.h"
#include "connections/profileform.h"
#include "connections/profilelistmodel.h"
#include "connections/profiletransfer.h"
#include "connections/secretstore.h"
#include "profiles/profileoptions.h"
#include "profiles/profilerepository.h"
#include "profiles/profilevalidation.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectionManager::ConnectionManager(ProfileRepository *repository, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_secrets(secrets)
    , m_model(new ProfileListModel(repository, this))
    , m_transfer(new ProfileTransfer(repository, secrets, this))
    , m_tester(new ConnectionTester(this))
{
    setObjectName(u"connectionManager"_s);
    setWindowTitle(tr("Connections"));
    resize(940, 620);

    createList();
    m_form = new ProfileForm(this);
    createButtons();

    connect(m_form, &ProfileForm::edited, this, [this] { m_testResult->clear(); });
    connect(m_secrets, &SecretStore::availabilityChanged, this, &ConnectionManager::updateKeychainNote);
    connect(m_tester, &ConnectionTester::finished, this, [this](bool success, const QString &sentence) {
        m_test->setEnabled(true);
        m_testResult->setStyleSheet(success ? u"color: #1b5e20;"_s : u"color: #b71c1c;"_s);
        m_testResult->setText(sentence);
    });
    connect(m_transfer, &ProfileTransfer::importFailed, this,
        [this](const QString &sentence) { showMessage(u"importError"_s, tr("Import Connections"), sentence, true); });
    connect(m_transfer, &ProfileTransfer::importFinished, this, [this](const QStringList &ids, const QString &report) {
        selectProfile(ids.constFirst());
        showMessage(u"importReport"_s, tr("Import Connections"), report, false);
    });
    connect(m_transfer, &ProfileTransfer::exported, this,
        [this](const QString &sentence) { showMessage(u"exportReport"_s, tr("Export Connections"), sentence, false); });
    connect(m_transfer, &ProfileTransfer::exportFailed, this,
        [this](const QString &sentence) { showMessage(u"exportError"_s, tr("Export Connections"), sentence, true); });
    // The list resets on every change; keep the profile shown selected.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_changingSelection = true;
        m_list->setCurrentIndex(m_model->indexOfId(m_currentId));
        m_changingSelection = false;
        updateButtons();
    });

    if (m_repository->isEmpty())
        newProfile();
    else
        selectProfile(m_repository->profiles().constFirst().id);
}

ConnectionManager::~ConnectionManager() = default;

void ConnectionManager::createList()
{
    m_list = new QListView(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConnectionManager::onSelectionChanged);
    connect(m_list, &QListView::doubleClicked, this, [this] { connectCurrent(); });
}

void ConnectionManager::createButtons()
{
    auto makeButton = [this](const QString &text, const QString &name, const QString &tip = {}) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setAutoDefault(false);
        return button;
    };
    QPushButton *add = makeButton(tr("&New"), u"newProfileButton"_s, tr("A new connection"));
    m_duplicate = makeButton(tr("Dup&licate"), u"duplicateProfileButton"_s);
    m_rename = makeButton(tr("Rena&me"), u"renameProfileButton"_s);
    m_delete = makeButton(tr("&Delete"), u"deleteProfileButton"_s);
    m_up = makeButton(tr("Move Up"), u"moveProfileUpButton"_s);
    m_down = makeButton(tr("Move Down"), u"moveProfileDownButton"_s);
    QPushButton *importButton = makeButton(tr("&Import…"), u"importProfilesButton"_s,
        tr("Canopy's export, MQTTX's connection export or MQTT Explorer's settings.json"));
    QPushButton *exportButton = makeButton(tr("E&xport…"), u"exportProfilesButton"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        if (commitForm(false))
            newProfile();
    });
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionManager::duplicateCurrent);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        auto *name = m_form->findChild<QLineEdit *>(u"profileName"_s);
        m_form->findChild<QTabWidget *>()->setCurrentIndex(0);
        name->setFocus(Qt::OtherFocusReason);
        name->selectAll();
    });
    connect(m_delete, &QPushButton::clicked, this, &ConnectionManager::deleteCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Connections"),
            QStandardPaths::writableLocation(QStandardPaths::HomeLocation), tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, &ConnectionManager::askExport);

    auto *listButtons = new QVBoxLayout;
    auto *row1 = new QHBoxLayout;
    row1->addWidget(add);
    row1->addWidget(m_duplicate);
    row1->addWidget(m_rename);
    row1->addWidget(m_delete);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_up);
    row2->addWidget(m_down);
    row2->addWidget(importButton);
    row2->addWidget(exportButton);
    listButtons->addLayout(row1);
    listButtons->addLayout(row2);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    m_test = makeButton(tr("&Test Connection"), u"testConnectionButton"_s,
        tr("Connect once with these settings and say what the broker answered"));
    QPushButton *save = makeButton(tr("&Save"), u"saveProfileButton"_s);
    QPushButton *connectButton
        = makeButton(tr("&Connect"), u"connectProfileButton"_s, tr("Save, and open this connection in a tab"));
    connectButton->setDefault(true);
    QPushButton *close = makeButton(tr("Close"), u"closeManagerButton"_s);
    connect(m_test, &QPushButton::clicked, this, &ConnectionManager::testConnection);
    connect(save, &QPushButton::clicked, this, [this] { commitForm(false); });
    connect(connectButton, &QPushButton::clicked, this, &ConnectionManager::connectCurrent);
    connect(close, &QPushButton::clicked, this, &ConnectionManager::reject);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setTextFormat(Qt::PlainText); // the broker's words
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addStretch();
    actions->addWidget(save);
    actions->addWidget(connectButton);
    actions->addWidget(close);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_form, 1);
    rightLayout->addWidget(m_testResult);
    rightLayout->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"connectionManagerSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 300, 640 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void ConnectionManager::reject()
{
    if (commitForm(false)) {
        QDialog::reject();
        return;
    }
    // The edits cannot be saved as they are: ask before they go.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Connections"),
        tr("The connection shown has problems, so its changes cannot be saved. Discard them?"), QMessageBox::NoButton,
        this);
    box->setObjectName(u"discardChanges"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = box->addButton(tr("&Discard Changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardChangesButton"_s);
    box->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() != discard)
            return;
        m_form->setModified(false);
        if (!m_currentId.isEmpty())
            selectProfile(m_currentId); // back to what is saved
        QDialog::reject();
    });
    box->open();
}

void ConnectionManager::showEvent(QShowEvent *event)
{
    m_secrets->probe();
    updateKeychainNote();
    QDialog::showEvent(event);
}

void ConnectionManager::updateKeychainNote()
{
    switch (m_secrets->availability()) {
    case SecretStore::Availability::Keychain:
        m_form->setKeychainNote(tr("The password is kept in the system keychain, never in Canopy's settings."), false);
        break;
    case SecretStore::Availability::SessionOnly:
        m_form->setKeychainNote(tr("No keychain is available (%1): the password is kept for this session only and "
                                   "must be entered again after Canopy restarts.")
                                    .arg(m_secrets->unavailableReason()),
            true);
        break;
    case SecretStore::Availability::Unknown:
        m_form->setKeychainNote(tr("The password goes into the system keychain, never into Canopy's settings."), false);
        break;
    }
}

void ConnectionManager::newProfile()
{
    ConnectionProfile profile;
    profile.name = m_repository->uniqueName(tr("New connection"));
    profile.host = u"localhost"_s;
    profile.clientId = u"canopy-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    m_currentId.clear();
    m_changingSelection = true;
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_changingSelection = false;
    m_form->setProfile(profile, {});
    m_testResult->clear();
    updateButtons();
}

void ConnectionManager::selectProfile(const QString &id)
{
    const auto profile = m_repository->profile(id);
    if (!profile) {
        newProfile();
        return;
    }
    m_currentId = id;
    m_changingSelection = true;
    m_list->setCurrentIndex(m_model->indexOfId(id));
    m_changingSelection = false;
    m_form->setProfile(*profile, {});
    m_testResult->clear();
    // The secrets come from the keychain, a little later.
    m_secrets->load(id, this, [this, id](const ProfileSecrets &secrets) {
        if (m_currentId == id)
            m_form->setSecrets(secrets);
    });
    updateButtons();
}

void ConnectionManager::onSelectionChanged()
{
    if (m_changingSelection)
        return;
    const QString id = m_list->currentIndex().data(ProfileListModel::IdRole).toString();
    if (id == m_currentId)
        return;
    if (!commitForm(false)) {
        // Stay on the profile with problems, so that its edits are not lost.
        m_changingSelection = true;
        m_list->setCurrentIndex(m_model->indexOfId(m_currentId));
        m_changingSelection = false;
        return;
    }
    selectProfile(id);
}

bool ConnectionManager::commitForm(bool checkFiles)
{
    // An untouched new profile is not saved unless it is connected.
    const bool mustSave = m_form->isModified() || (m_currentId.isEmpty() && checkFiles);
    if (!mustSave && !checkFiles)
        return true;
    ConnectionProfile profile = m_form->profile();
    const ProfileSecrets secrets = m_form->secrets();
    QList<ProfileProblem> problems = m_form->inputProblems();
    problems += ProfileValidation::validate(profile, secrets, m_repository->namesExcept(m_currentId),
        checkFiles ? ProfileValidation::Files::Check : ProfileValidation::Files::Skip);
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        return false;
    }
    m_form->clearProblems();
    if (mustSave) {
        if (m_currentId.isEmpty()) {
            m_currentId = m_repository->add(profile); // sets the id; the list reset selects it
        } else {
            profile.id = m_currentId;
            m_repository->update(profile);
        }
        m_secrets->store(m_currentId, secrets, this, [this](bool) { updateKeychainNote(); });
        if (!m_repository->saveError().isEmpty())
            showMessage(u"saveError"_s, tr("Connections"), m_repository->saveError(), true);
        m_form->setModified(false);
    }
    return true;
}

void ConnectionManager::duplicateCurrent()
{
    if (!commitForm(false) || m_currentId.isEmpty())
        return;
    const QString original = m_currentId;
    const QString copy = m_repository->duplicate(original);
    // The copy has its own keychain entries, with the same secrets.
    const ProfileSecrets secrets = m_form->secrets();
    m_secrets->store(copy, secrets, this);
    selectProfile(copy);
}

void ConnectionManager::deleteCurrent()
{
    if (m_currentId.isEmpty()) {
        // A new profile that was never saved: nothing to delete but the form.
        if (!m_repository->isEmpty())
            selectProfile(m_repository->profiles().constFirst().id);
        else
            newProfile();
        return;
    }
    const QString id = m_currentId;
    const QString name = m_repository->profile(id)->name;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Connection"),
        tr("Delete the connection '%1'? Its settings and its saved password are removed; this cannot be undone.")
            .arg(name),
        QMessageBox::NoButton, this);
    box->setObjectName(u"deleteProfileConfirmation"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmDeleteButton"_s);
    box->addButton(QMessageBox::Cancel)->setObjectName(u"cancelDeleteButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() != remove)
            return;
        const int row = m_repository->indexOf(id);
        m_form->setModified(false); // its edits go with it
        m_repository->remove(id);
        m_secrets->remove(id);
        if (m_repository->isEmpty()) {
            newProfile();
            return;
        }
        selectProfile(m_repository->profiles().at(std::min(row, int(m_repository->profiles().size()) - 1)).id);
    });
    box->open();
}

void ConnectionManager::moveCurrent(int delta)
{
    if (m_currentId.isEmpty() || !commitForm(false))
        return;
    m_repository->move(m_currentId, m_repository->indexOf(m_currentId) + delta);
}

void ConnectionManager::testConnection()
{
    if (!checkCurrent())
        return;
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting to %1…").arg(m_form->profile().url()));
    m_test->setEnabled(false);
    m_tester->start(
        ProfileOptions::clientOptions(m_form->profile(), m_form->secrets(), QRandomGenerator::global()->generate()));
}

bool ConnectionManager::checkCurrent()
{
    QList<ProfileProblem> problems = m_form->inputProblems();
    problems += ProfileValidation::validate(
        m_form->profile(), m_form->secrets(), m_repository->namesExcept(m_currentId), ProfileValidation::Files::Check);
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        m_testResult->clear();
        return false;
    }
    m_form->clearProblems();
    return true;
}

void ConnectionManager::connectCurrent()
{
    if (!checkCurrent() || !commitForm(true))
        return;
    const auto profile = m_repository->profile(m_currentId);
    if (!profile)
        return;
    Q_EMIT connectRequested(*profile, m_form->secrets());
    accept();
}

void ConnectionManager::importFile(const QString &path)
{
    if (!commitForm(false))
        return;
    m_transfer->importFile(path);
}

void ConnectionManager::exportFile(const QString &path, bool withSecrets)
{
    if (!commitForm(false))
        return;
    m_transfer->exportFile(path, withSecrets);
}

void ConnectionManager::askExport()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Export Connections"),
        tr("Export all %n connection(s) as JSON. Passwords and key passphrases are left out unless you include them; "
           "included, they are written in clear text, readable by anyone who gets the file.",
            nullptr, int(m_repository->profiles().size())),
        QMessageBox::NoButton, this);
    box->setObjectName(u"exportChoice"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *without = box->addButton(tr("Export &Without Passwords"), QMessageBox::AcceptRole);
    QPushButton *with = box->addButton(tr("&Include Passwords in Clear Text"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(without);
    connect(box, &QMessageBox::finished, this, [this, box, without, with] {
        if (box->clickedButton() != without && box->clickedButton() != with)
            return;
        const bool secrets = box->clickedButton() == with;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Connections"),
            QStandardPaths::writableLocation(QStandardPaths::HomeLocation) + u"/canopy-connections.json"_s,
            tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportFile(path, secrets);
    });
    box->open();
}

void ConnectionManager::updateButtons()
{
    const int row = m_repository->indexOf(m_currentId);
    const bool saved = row >= 0;
    m_duplicate->setEnabled(saved);
    m_rename->setEnabled(true);
    m_delete->setEnabled(true);
    m_up->setEnabled(saved && row > 0);
    m_down->setEnabled(saved && row + 1 < m_repository->profiles().size());
}

void ConnectionManager::showMessage(const QString &objectName, const QString &title, const QString &text, bool warning)
{
    auto *box = new QMessageBox(
        warning ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText); // quotes file contents and names
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
