// SPDX-License-Identifier: MIT
#pragma once

// The saved profiles as a list for the connection manager: the name, and the broker's URL as a tooltip and a second
// line. Follows the repository (a reset per change: the list is short and changes on user action only).

#include <QAbstractListModel>

class ProfileRepository;

class ProfileListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, UrlRole };

    explicit ProfileListModel(ProfileRepository *repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QModelIndex indexOfId(const QString &id) const;

private:
    ProfileRepository *m_repository = nullptr;
};
