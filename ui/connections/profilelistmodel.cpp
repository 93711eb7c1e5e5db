// SPDX-License-Identifier: MIT
#include "connections/profilelistmodel.h"

#include "common/displaytext.h"
#include "profiles/profilerepository.h"

ProfileListModel::ProfileListModel(ProfileRepository *repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    connect(repository, &ProfileRepository::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_repository->profiles().size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionProfile &profile = m_repository->profiles().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return Canopy::visibleText(profile.name);
    case Qt::ToolTipRole:
    case UrlRole:
        return profile.url();
    case IdRole:
        return profile.id;
    default:
        return {};
    }
}

QModelIndex ProfileListModel::indexOfId(const QString &id) const
{
    const int row = m_repository->indexOf(id);
    return row < 0 ? QModelIndex() : index(row, 0);
}
