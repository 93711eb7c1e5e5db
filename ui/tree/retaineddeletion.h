// SPDX-License-Identifier: MIT
#pragma once

// Deleting retained messages from the broker, from the tree's context menu: a confirmation that names how many
// topics are affected, then a progress dialog while IngestPipeline::deleteRetained() publishes the empty retained
// messages. Failures reach the window through the pipeline's errorOccurred().

#include <QObject>
#include <QPointer>
#include <QStringList>

class IngestPipeline;
class QProgressDialog;
class QWidget;

class RetainedDeletion : public QObject {
    Q_OBJECT
public:
    RetainedDeletion(IngestPipeline *pipeline, QWidget *dialogParent);

    // Asks first (a modal QMessageBox "deleteRetainedConfirmation" with a "confirmDelete" button); true if the
    // deletion was started. where is the topic the user picked.
    bool confirmAndDelete(const QStringList &topics, const QString &where, bool subtree);
    bool isRunning() const { return m_total > 0; }

Q_SIGNALS:
    void finished(int total);

private:
    void onProgress(int done, int total);

    IngestPipeline *m_pipeline;
    QWidget *m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    int m_total = 0;
};
