// SPDX-License-Identifier: MIT
// One chart on its own, fed points at chosen times (the ingest worker's call, ChartFeed::consume()), driven with
// real mouse and wheel events (issue 11): the lines are drawn where the axes say the values are, and a NaN breaks
// them; the crosshair shows each series' value at the cursor as plain text; the wheel zooms the time axis around
// the cursor; the rubber band picks a time range and a click does not; Shift+wheel, a horizontal wheel, a
// middle-button drag and the keys move through time; resetting the zoom follows the live data again. tst_charts covers
// the charts inside the window against a real broker.

// Mouse events go through the window system interface, as a user's do (hover moves included).
#define QTEST_QPA_MOUSE_HANDLING

#include "charts/chartfeed.h"
#include "charts/chartpanel.h"
#include "charts/chartview.h"
#include "charts/plotlinesitem.h"
#include "common/translations.h"

#include <QApplication>
#include <QChart>
#include <QDateTime>
#include <QImage>
#include <QTest>
#include <QWheelEvent>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

class TestChartView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void linesSitWhereTheAxesSay();
    void crosshairShowsValuesAtTheCursor();
    void crosshairTextIsPlain();
    void wheelZoomsAroundTheCursor();
    void rubberBandPicksARange();
    void scrollAndDragMoveThroughTime();
    void keysScrollAndZoom();
    void resetZoomFollowsAgain();

private:
    void feed(const QString &topic, qint64 timeMs, const QByteArray &payload);
    // The viewport position of a (time, value) of the left axis.
    QPoint at(double timeMs, double value) const;
    double timeAtX(int x) const;
    // Pixels of color within radius of position in the view's picture.
    int colored(const QImage &image, const QPoint &position, int radius, const QColor &color) const;

    std::shared_ptr<ChartFeed> m_feed;
    std::unique_ptr<ChartPanel> m_panel;
    qint64 m_t0 = 0;
};

void TestChartView::initTestCase()
{
    QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance()));
}

void TestChartView::feed(const QString &topic, qint64 timeMs, const QByteArray &payload)
{
    Mqtt::Publish message;
    message.topic = topic;
    message.payload = payload;
    const QList<Mqtt::Publish> batch { message };
    m_feed->consume(batch, 0, 1, timeMs);
}

void TestChartView::init()
{
    m_feed = std::make_shared<ChartFeed>();
    m_panel = std::make_unique<ChartPanel>(m_feed, nullptr);
    m_panel->resize(900, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->addSeries(ChartSeriesSetup { u"room/t"_s, QString(), true, false, QString() });
    // Ten seconds apart, a minute ago: 10, 30, then a NaN, then 20.
    m_t0 = QDateTime::currentMSecsSinceEpoch() - 60'000;
    feed(u"room/t"_s, m_t0, "10"_ba);
    feed(u"room/t"_s, m_t0 + 10'000, "30"_ba);
    feed(u"room/t"_s, m_t0 + 15'000, "NaN"_ba);
    feed(u"room/t"_s, m_t0 + 20'000, "20"_ba);
    m_panel->showRange(m_t0 - 5'000, m_t0 + 25'000);
    QApplication::processEvents();
}

void TestChartView::cleanup()
{
    m_panel.reset();
    m_feed.reset();
}

QPoint TestChartView::at(double timeMs, double value) const
{
    const QPointF scene = m_panel->chart()->mapToPosition(QPointF(timeMs, value));
    return m_panel->view()->mapFromScene(scene);
}

double TestChartView::timeAtX(int x) const
{
    const QPointF scene = m_panel->view()->mapToScene(QPoint(x, m_panel->view()->viewport()->height() / 2));
    return m_panel->chart()->mapToValue(scene).x();
}

int TestChartView::colored(const QImage &image, const QPoint &position, int radius, const QColor &color) const
{
    int count = 0;
    for (int y = position.y() - radius; y <= position.y() + radius; ++y) {
        for (int x = position.x() - radius; x <= position.x() + radius; ++x) {
            if (image.rect().contains(x, y) && image.pixelColor(x, y).rgb() == color.rgb())
                ++count;
        }
    }
    return count;
}

void TestChartView::linesSitWhereTheAxesSay()
{
    const PlotLinesItem::Frame &frame = m_panel->plotLines()->frame();
    QCOMPARE(frame.lines.size(), size_t(1));
    QCOMPARE(frame.lines[0].runs.size(), 2); // the NaN breaks the line
    const QColor color = frame.lines[0].color;
    const QImage image = m_panel->view()->viewport()->grab().toImage();
    // The picture is of the viewport, whose coordinates at() gives.
    QCOMPARE(image.size(), m_panel->view()->viewport()->size());
    const auto check = [&](double timeMs, double value, bool drawn) {
        const QPoint p = at(timeMs, value);
        const int n = colored(image, p, 2, color);
        return drawn ? n > 0 : n == 0;
    };
    QVERIFY2(check(m_t0, 10, true), "the first value");
    QVERIFY2(check(m_t0 + 5'000, 20, true), "half way from 10 to 30");
    QVERIFY2(check(m_t0 + 10'000, 30, true), "the second value");
    QVERIFY2(check(m_t0 + 20'000, 20, true), "the value alone after the gap, a small square");
    QVERIFY2(check(m_t0 + 15'000, 25, false), "no line across the NaN");
    QVERIFY2(check(m_t0 + 5'000, 10, false), "nothing where there is no value");
}

void TestChartView::crosshairShowsValuesAtTheCursor()
{
    ChartView *view = m_panel->view();
    QVERIFY(view->crosshairText().isEmpty());
    const QPoint p = at(m_t0 + 12'000, 25);
    QTest::mouseMove(view->viewport(), p);
    // The value at or before the cursor's time: 30 (the NaN at +15 s comes later).
    const QString text = view->crosshairText();
    QVERIFY2(text.contains(u"room/t: 30"_s), qPrintable(text));
    const QString time = QDateTime::fromMSecsSinceEpoch(qint64(timeAtX(p.x()))).toString(u"HH:mm:ss"_s);
    QVERIFY2(text.startsWith(time), qPrintable(text + u" / "_s + time));
    QTest::mouseMove(view->viewport(), at(m_t0 + 16'000, 25));
    QVERIFY2(view->crosshairText().contains(u"room/t: NaN"_s), qPrintable(view->crosshairText()));
    // Outside the plot area (the axis labels) there is no crosshair.
    QTest::mouseMove(view->viewport(), QPoint(2, 2));
    QVERIFY(view->crosshairText().isEmpty());
}

void TestChartView::crosshairTextIsPlain()
{
    // A topic with markup and bidi controls is shown as text, never as rich text.
    const QString topic = u"<b>hot</b>/\u202Ex"_s;
    m_panel->addSeries(ChartSeriesSetup { topic, QString(), true, false, QString() });
    feed(topic, m_t0 + 1'000, "5"_ba);
    m_panel->showRange(m_t0 - 5'000, m_t0 + 25'000);
    QTest::mouseMove(m_panel->view()->viewport(), at(m_t0 + 2'000, 20));
    const QString text = m_panel->view()->crosshairText();
    QVERIFY2(text.contains(u"<b>hot</b>/"_s), qPrintable(text));
    QVERIFY2(!text.contains(QChar(0x202E)), "the bidi override is shown visibly, not obeyed");
}

void TestChartView::wheelZoomsAroundTheCursor()
{
    ChartView *view = m_panel->view();
    const auto [from, to] = m_panel->visibleRange();
    QCOMPARE(to - from, 30'000);
    const QPoint p = at(m_t0 + 10'000, 20); // two thirds of the way
    const double center = timeAtX(p.x());
    const QPointF global = view->viewport()->mapToGlobal(QPointF(p));
    QWheelEvent in(
        QPointF(p), global, QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &in);
    QVERIFY(in.isAccepted());
    QVERIFY(!m_panel->isFollowing());
    const auto [zFrom, zTo] = m_panel->visibleRange();
    QVERIFY2(std::abs(double(zTo - zFrom) - 24'000) <= 2, qPrintable(QString::number(zTo - zFrom))); // 0.8 per notch
    // The time under the cursor stays where it was.
    const double before = (center - double(from)) / double(to - from);
    const double after = (center - double(zFrom)) / double(zTo - zFrom);
    QVERIFY2(std::abs(before - after) < 0.01, qPrintable(u"%1 %2"_s.arg(before).arg(after)));
    // Two notches back out: wider than at first.
    QWheelEvent out(
        QPointF(p), global, QPoint(), QPoint(0, -240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &out);
    const auto [oFrom, oTo] = m_panel->visibleRange();
    QVERIFY2(oTo - oFrom > 30'000, qPrintable(QString::number(oTo - oFrom)));
    // The wheel outside the plot area does not zoom.
    QWheelEvent outside(QPointF(2, 2), view->viewport()->mapToGlobal(QPointF(2, 2)), QPoint(), QPoint(0, 120),
        Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &outside);
    QCOMPARE(m_panel->visibleRange(), std::make_pair(oFrom, oTo));
}

void TestChartView::rubberBandPicksARange()
{
    QWidget *viewport = m_panel->view()->viewport();
    const QPoint a = at(m_t0, 20);
    const QPoint b = at(m_t0 + 10'000, 20);
    const double expectedFrom = timeAtX(a.x());
    const double expectedTo = timeAtX(b.x());
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, b);
    QTest::mouseMove(viewport, (a + b) / 2);
    QTest::mouseMove(viewport, a); // dragged right to left: the same range
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, a);
    QVERIFY(!m_panel->isFollowing());
    const auto [from, to] = m_panel->visibleRange();
    const double msPerPixel = (expectedTo - expectedFrom) / double(b.x() - a.x());
    QVERIFY2(std::abs(double(from) - expectedFrom) <= msPerPixel + 1, qPrintable(QString::number(from - m_t0)));
    QVERIFY2(std::abs(double(to) - expectedTo) <= msPerPixel + 1, qPrintable(QString::number(to - m_t0)));
    // Now the lines span the plot: the values at the range's edges are at its edges.
    QCOMPARE(m_panel->plotLines()->frame().lines[0].runs.size(), 1);
    // A click is not a range.
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, at(m_t0 + 5'000, 20));
    QCOMPARE(m_panel->visibleRange(), std::make_pair(from, to));
}

void TestChartView::scrollAndDragMoveThroughTime()
{
    QWidget *viewport = m_panel->view()->viewport();
    const auto [from, to] = m_panel->visibleRange();
    const QPoint p = at(m_t0 + 10'000, 20);
    const QPointF global = viewport->mapToGlobal(QPointF(p));
    // Shift and the wheel turned away: a tenth of the span into the past, the span kept.
    QWheelEvent back(
        QPointF(p), global, QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ShiftModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &back);
    QCOMPARE(m_panel->visibleRange(), std::make_pair(from - 3'000, to - 3'000));
    // A touchpad's swipe (a horizontal wheel) two notches the other way.
    QWheelEvent swipe(
        QPointF(p), global, QPoint(), QPoint(-240, 0), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &swipe);
    QCOMPARE(m_panel->visibleRange(), std::make_pair(from + 3'000, to + 3'000));
    // A middle-button drag from +10 s to the point where +0 s is: ten seconds later, the time under the cursor kept.
    const auto [dFrom, dTo] = m_panel->visibleRange();
    const QPoint start = at(m_t0 + 10'000, 20);
    const QPoint end = at(m_t0, 20);
    const double dragged = timeAtX(start.x()) - timeAtX(end.x());
    QTest::mousePress(viewport, Qt::MiddleButton, Qt::NoModifier, start);
    QTest::mouseMove(viewport, (start + end) / 2);
    QTest::mouseMove(viewport, end);
    QTest::mouseRelease(viewport, Qt::MiddleButton, Qt::NoModifier, end);
    const auto [pFrom, pTo] = m_panel->visibleRange();
    QCOMPARE(pTo - pFrom, dTo - dFrom);
    QVERIFY2(std::abs(double(pFrom - dFrom) - dragged) <= 3, qPrintable(u"%1 %2"_s.arg(pFrom - dFrom).arg(dragged)));
    QVERIFY(std::abs(dragged - 10'000) < 100);
}

void TestChartView::keysScrollAndZoom()
{
    ChartView *view = m_panel->view();
    const auto [from, to] = m_panel->visibleRange();
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(m_panel->visibleRange(), std::make_pair(from + 3'000, to + 3'000));
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(m_panel->visibleRange(), std::make_pair(from - 3'000, to - 3'000));
    QTest::keyClick(view, Qt::Key_Plus);
    auto [zFrom, zTo] = m_panel->visibleRange();
    QVERIFY2(std::abs(double(zTo - zFrom) - 24'000) <= 2, qPrintable(QString::number(zTo - zFrom)));
    QTest::keyClick(view, Qt::Key_Minus);
    std::tie(zFrom, zTo) = m_panel->visibleRange();
    QVERIFY2(std::abs(double(zTo - zFrom) - 30'000) <= 2, qPrintable(QString::number(zTo - zFrom)));
    QVERIFY(!m_panel->isFollowing());
    QTest::keyClick(view, Qt::Key_Home);
    QVERIFY(m_panel->isFollowing());
    QVERIFY(std::abs(m_panel->visibleRange().second - QDateTime::currentMSecsSinceEpoch()) < 5'000);
}

void TestChartView::resetZoomFollowsAgain()
{
    QVERIFY(!m_panel->isFollowing());
    m_panel->setWindowSeconds(60);
    QVERIFY(m_panel->isFollowing());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto [from, to] = m_panel->visibleRange();
    QCOMPARE(to - from, 60'000);
    QVERIFY(std::abs(to - now) < 5'000);
    m_panel->zoom(0.5, double(from + to) / 2);
    QVERIFY(!m_panel->isFollowing());
    m_panel->resetZoom();
    QVERIFY(m_panel->isFollowing());
    QCOMPARE(m_panel->visibleRange().second - m_panel->visibleRange().first, 60'000);
}

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
