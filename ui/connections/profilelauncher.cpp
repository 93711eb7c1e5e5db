// SPDX-License-Identifier: MIT
#include "connections/profilelauncher.h"

#include "connections/connectionmanager.h"
#include "connections/connectionstatus.h"
#include "connections/secretstore.h"
#include "ingest/ingestpipeline.h"
#include "profiles/profileoptions.h"
#include "profiles/profilerepository.h"
#include "profiles/profilevalidation.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <QEvent>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

ProfileLauncher::ProfileLauncher(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_repository(new ProfileRepository({}, this))
    , m_secrets(new SecretStore(u"org.canopy.Canopy"_s, this))
{
    setObjectName(u"profileLauncher"_s);
    m_repository->load();
    window->installEventFilter(this); // the window's close saves the open tabs
    connect(window, &MainWindow::tabAboutToClose, this, &ProfileLauncher::saveLayout);
}

ProfileLauncher::~ProfileLauncher() = default;

QStringList ProfileLauncher::loadWarnings() const
{
    return m_repository->loadWarnings();
}

ConnectionManager *ProfileLauncher::manager()
{
    if (!m_manager) {
        m_manager = new ConnectionManager(m_repository, m_secrets, m_window);
        connect(m_manager, &ConnectionManager::connectRequested, this,
            [this](
                const ConnectionProfile &profile, const ProfileSecrets &secrets) { connectProfile(profile, secrets); });
    }
    return m_manager;
}

bool ProfileLauncher::isManagerOpen() const
{
    return m_manager && m_manager->isVisible();
}

void ProfileLauncher::showManager(const QString &profileId)
{
    ConnectionManager *dialog = manager();
    if (!profileId.isEmpty())
        dialog->selectProfile(profileId);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

bool ProfileLauncher::openProfile(const QString &idOrName, bool toFront)
{
    auto profile = m_repository->profile(idOrName);
    if (!profile)
        profile = m_repository->profileNamed(idOrName);
    if (!profile)
        return false;
    m_toOpen.append(ToOpen { profile->id, toFront });
    if (!m_opening)
        openNext();
    return true;
}

void ProfileLauncher::openNext()
{
    m_opening = false;
    while (!m_toOpen.isEmpty()) {
        const ToOpen next = m_toOpen.takeFirst();
        const auto profile = m_repository->profile(next.id);
        if (!profile)
            continue; // deleted meanwhile
        m_opening = true;
        const ConnectionProfile chosen = *profile;
        const bool toFront = next.toFront;
        m_secrets->load(chosen.id, this, [this, chosen, toFront](const ProfileSecrets &secrets) {
            const QList<ProfileProblem> problems
                = ProfileValidation::validate(chosen, secrets, m_repository->namesExcept(chosen.id));
            if (problems.isEmpty()) {
                connectProfile(chosen, secrets, toFront);
            } else {
                // Say so where the user looks, and show the fields in the manager.
                m_window->currentTab()->connectionStatus()->setError(
                    tr("The connection '%1' cannot be opened as it is: %2")
                        .arg(chosen.name, problems.constFirst().sentence));
                showManager(chosen.id);
                manager()->checkCurrent();
                Q_EMIT profileHasProblems(chosen.id);
            }
            openNext();
        });
        return;
    }
}

ConnectionTab *ProfileLauncher::tabForNewConnection()
{
    ConnectionTab *current = m_window->currentTab();
    if (current->endpoint().isEmpty() && current->profileId().isEmpty()
        && current->connectionState() == Mqtt::Client::State::Disconnected)
        return current;
    return m_window->newTab();
}

ConnectionTab *ProfileLauncher::connectProfile(
    const ConnectionProfile &profile, const ProfileSecrets &secrets, bool toFront)
{
    ConnectionTab *current = m_window->currentTab();
    ConnectionTab *tab = tabForNewConnection();
    m_window->setCurrentTab(toFront ? tab : current);
    tab->setProfile(profile.id, profile.name);
    const QByteArray layout = m_repository->layout(profile.id);
    if (!layout.isEmpty())
        tab->restoreLayout(layout); // a layout of other panels (or nonsense) is refused and changes nothing
    const Mqtt::ClientOptions options
        = ProfileOptions::clientOptions(profile, secrets, QRandomGenerator::global()->generate());
    // One SUBSCRIBE per subscription identifier; the first, without one, goes with the connection.
    auto groups = ProfileOptions::subscriptionGroups(profile.subscriptions);
    QList<Mqtt::Subscription> first;
    if (!groups.isEmpty() && groups.constFirst().first == 0)
        first = groups.takeFirst().second;
    tab->connectToBroker(options, first);
    for (const auto &[identifier, subscriptions] : std::as_const(groups))
        tab->pipeline()->subscribe(subscriptions, identifier); // queued until the broker accepts the connection
    return tab;
}

void ProfileLauncher::saveLayout(ConnectionTab *tab)
{
    if (!tab->profileId().isEmpty() && m_repository->indexOf(tab->profileId()) >= 0)
        m_repository->setLayout(tab->profileId(), tab->saveLayout());
}

void ProfileLauncher::saveSession()
{
    const QList<ConnectionTab *> tabs = m_window->tabs();
    for (ConnectionTab *tab : tabs)
        saveLayout(tab);
    if (!m_repository->restoreTabs())
        return;
    QStringList ids;
    for (ConnectionTab *tab : tabs) {
        if (!tab->profileId().isEmpty() && m_repository->indexOf(tab->profileId()) >= 0)
            ids.append(tab->profileId());
    }
    m_repository->setOpenProfiles(ids);
}

int ProfileLauncher::restoreSession()
{
    if (!m_repository->restoreTabs())
        return 0;
    int opened = 0;
    const QStringList ids = m_repository->openProfiles();
    for (const QString &id : ids) {
        if (m_repository->indexOf(id) >= 0 && openProfile(id, opened == 0))
            ++opened;
    }
    return opened;
}

bool ProfileLauncher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        saveSession();
    return QObject::eventFilter(watched, event);
}
