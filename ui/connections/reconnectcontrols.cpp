// SPDX-License-Identifier: MIT
#include "connections/reconnectcontrols.h"

#include "ingest/ingestpipeline.h"

#include <QHBoxLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;

ReconnectControls::ReconnectControls(IngestPipeline *pipeline, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"reconnectControls"_s);
    auto *retry = new QToolButton(this);
    retry->setObjectName(u"retryNowButton"_s);
    retry->setText(tr("Retry Now"));
    retry->setToolTip(tr("Try to connect now instead of waiting for the countdown"));
    auto *stop = new QToolButton(this);
    stop->setObjectName(u"stopReconnectingButton"_s);
    stop->setText(tr("Stop"));
    stop->setToolTip(tr("Stop reconnecting; the tab stays disconnected"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(retry);
    layout->addWidget(stop);
    connect(retry, &QToolButton::clicked, pipeline, &IngestPipeline::reconnectNow);
    connect(stop, &QToolButton::clicked, pipeline, &IngestPipeline::stopReconnecting);
    connect(pipeline, &IngestPipeline::stateChanged, this,
        [this](Mqtt::Client::State state) { setVisible(state == Mqtt::Client::State::WaitingToReconnect); });
    hide();
}
