// SPDX-License-Identifier: MIT
#include "connections/subscriptionsmodel.h"

#include "codec/mqttreason.h"
#include "common/displaytext.h"

#include <QColor>

using namespace Qt::StringLiterals;

SubscriptionsModel::SubscriptionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SubscriptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubscriptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FilterColumn:
        return tr("Filter");
    case QosColumn:
        return tr("QoS");
    case OptionsColumn:
        return tr("Options");
    case AnswerColumn:
        return tr("Broker's answer");
    default:
        return {};
    }
}

QString SubscriptionsModel::answerOf(const Row &row) const
{
    switch (row.state) {
    case State::Waiting:
        return tr("waiting for the broker…");
    case State::Unsubscribing:
        return tr("unsubscribing…");
    case State::NoAnswer:
        return row.sentence.isEmpty() ? tr("not subscribed") : row.sentence;
    case State::Granted: {
        const QString words = Mqtt::reasonCodeText(quint8(row.reasonCode), Mqtt::PacketType::SubAck, m_version);
        if (row.reasonCode < row.subscription.qos)
            return tr("%1 (asked for %2)").arg(words).arg(row.subscription.qos);
        return words;
    }
    case State::Refused:
        return tr("%1 (0x%2)")
            .arg(Mqtt::reasonCodeText(quint8(row.reasonCode), Mqtt::PacketType::SubAck, m_version))
            .arg(row.reasonCode, 2, 16, QChar(u'0'));
    }
    return {};
}

QVariant SubscriptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ProfileSubscription &subscription = row.subscription;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FilterColumn:
            return Canopy::visibleText(subscription.filter);
        case QosColumn:
            return subscription.qos;
        case OptionsColumn: {
            QStringList parts;
            if (subscription.noLocal)
                parts << tr("no local");
            if (subscription.retainAsPublished)
                parts << tr("retain as published");
            if (subscription.retainHandling != 0)
                parts << tr("retain handling %1").arg(subscription.retainHandling);
            if (subscription.subscriptionIdentifier != 0)
                parts << tr("id %1").arg(subscription.subscriptionIdentifier);
            return parts.join(u", "_s);
        }
        case AnswerColumn:
            return Canopy::visibleText(answerOf(row));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == AnswerColumn) {
        if (row.state == State::Refused || row.state == State::NoAnswer)
            return QColor(0xb7, 0x1c, 0x1c);
        if (row.state == State::Granted)
            return QColor(0x1b, 0x5e, 0x20);
    }
    return {};
}

void SubscriptionsModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SubscriptionsModel::requested(const QList<Mqtt::Subscription> &subscriptions, quint32 identifier)
{
    for (const Mqtt::Subscription &subscription : subscriptions) {
        ProfileSubscription entry;
        entry.filter = subscription.filter;
        entry.qos = subscription.options.maximumQoS;
        entry.noLocal = subscription.options.noLocal;
        entry.retainAsPublished = subscription.options.retainAsPublished;
        entry.retainHandling = subscription.options.retainHandling;
        entry.subscriptionIdentifier = identifier;
        const int existing = rowOf(subscription.filter);
        if (existing >= 0) { // subscribing again replaces the subscription (MQTT-3.8.4-3)
            m_rows[existing] = Row { entry };
            rowChanged(existing);
            continue;
        }
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(Row { entry });
        endInsertRows();
    }
}

void SubscriptionsModel::answered(const QString &filter, int reasonCode, const QString &sentence)
{
    const int row = rowOf(filter);
    if (row < 0 || m_rows.at(row).state == State::Unsubscribing)
        return;
    Row &entry = m_rows[row];
    entry.reasonCode = reasonCode;
    entry.sentence = sentence;
    entry.state = reasonCode < 0 ? State::NoAnswer : reasonCode < 0x80 ? State::Granted : State::Refused;
    rowChanged(row);
}

void SubscriptionsModel::unsubscribing(const QStringList &filters)
{
    for (const QString &filter : filters) {
        const int row = rowOf(filter);
        if (row < 0)
            continue;
        m_rows[row].state = State::Unsubscribing;
        rowChanged(row);
    }
}

void SubscriptionsModel::unsubscribed(const QString &filter, int reasonCode, const QString &sentence)
{
    const int row = rowOf(filter);
    if (row < 0 || m_rows.at(row).state != State::Unsubscribing)
        return;
    if (reasonCode >= 0 && reasonCode < 0x80) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    // Still subscribed, as far as anyone knows: say why.
    Row &entry = m_rows[row];
    entry.state = State::NoAnswer;
    entry.reasonCode = reasonCode;
    entry.sentence = reasonCode >= 0
        ? tr("not unsubscribed: %1 (0x%2)")
              .arg(Mqtt::reasonCodeText(quint8(reasonCode), Mqtt::PacketType::UnsubAck, m_version))
              .arg(reasonCode, 2, 16, QChar(u'0'))
        : tr("not unsubscribed: %1").arg(sentence);
    rowChanged(row);
}

void SubscriptionsModel::setProtocolVersion(Mqtt::ProtocolVersion version)
{
    if (version == m_version)
        return;
    m_version = version;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AnswerColumn), index(int(m_rows.size()) - 1, AnswerColumn));
}

void SubscriptionsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SubscriptionsModel::rowOf(const QString &filter) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).subscription.filter == filter)
            return row;
    }
    return -1;
}

ProfileSubscription SubscriptionsModel::subscription(int row) const
{
    return m_rows.value(row).subscription;
}

SubscriptionsModel::State SubscriptionsModel::state(int row) const
{
    return m_rows.value(row).state;
}

QString SubscriptionsModel::answerText(int row) const
{
    return row >= 0 && row < m_rows.size() ? answerOf(m_rows.at(row)) : QString();
}

QStringList SubscriptionsModel::filters() const
{
    QStringList list;
    for (const Row &row : m_rows)
        list.append(row.subscription.filter);
    return list;
}
