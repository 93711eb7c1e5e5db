// SPDX-License-Identifier: MIT
#pragma once

// "Packet timeline": every control packet of the connection while the panel is shown, with its handshake's latency,
// filters (type, topic, slow), a latency histogram of acknowledgements and an export to JSON Lines. Tracing is on only
// while the panel is shown: the pipeline's trace hook gets this panel's buffer on show and nullptr on hide, so a
// closed timeline costs nothing. The ring keeps the last "insight/timelineCapacity" packets (default 100,000).

#include "session/packettrace.h"

#include <QWidget>

#include <memory>
#include <vector>

class ConnectionTab;
class LatencyHistogram;
class PacketTimelineModel;
class PacketTraceBuffer;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

class PacketTimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit PacketTimelinePanel(ConnectionTab *tab);
    ~PacketTimelinePanel() override;

    static constexpr int RefreshMs = 200;
    PacketTimelineModel *model() const { return m_model; }
    LatencyHistogram *histogram() const { return m_histogram; }
    bool isTracing() const { return m_tracing; }
    void refresh(); // takes the traced packets into the timeline (the timer calls this)
    bool exportTo(const QString &fileName, QString *error); // JSON Lines of the rows the filter shows

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setTracing(bool on);
    void applyFilter();
    void exportFile();
    void updateStatus();

    ConnectionTab *m_tab;
    std::shared_ptr<PacketTraceBuffer> m_buffer;
    std::vector<Mqtt::TracedPacket> m_taken; // from m_buffer, its storage reused
    PacketTimelineModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    LatencyHistogram *m_histogram = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_topic = nullptr;
    QCheckBox *m_slow = nullptr;
    QSpinBox *m_slowMs = nullptr;
    QSpinBox *m_capacity = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_timer = nullptr;
    bool m_tracing = false;
    bool m_followTail = true; // the view scrolls with new packets while it shows the last one
};
