"""Scheduled interviews: booking (service), occurrences and start windows (recurrence), calendar files (ics),
reminder mails (reminders, triggered by poller or any scheduler) and adherence for progress."""
