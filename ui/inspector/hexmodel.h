// SPDX-License-Identifier: MIT
#pragma once

// A payload as hex dump rows for a table view: offset, 16 bytes in hex, the printable ASCII. Rows are made when the
// view paints them, so a 100 MB payload costs its rows on screen only.

#include <QAbstractTableModel>
#include <QByteArray>

class HexModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { OffsetColumn, HexColumn, TextColumn, ColumnCount };
    static constexpr int BytesPerRow = 16;

    explicit HexModel(QObject *parent = nullptr);

    void setBytes(const QByteArray &bytes);
    const QByteArray &bytes() const { return m_bytes; }
    // The rows as hex dump lines (PayloadFormat::hexDumpLine), one per line.
    QString rowsText(int first, int last) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QByteArray m_bytes;
};
