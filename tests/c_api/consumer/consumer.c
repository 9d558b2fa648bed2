/* SPDX-License-Identifier: MIT */
/* A C program of a project that uses appnotify's C API: validates a payload, renders its card. */
#include <appnotify/appnotify.h>

#include <stdio.h>
#include <string.h>

int main(void) {
    static const char payload[] =
        "{\"Title\": \"Welcome\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}";
    appnotify_result* result = appnotify_result_new();
    appnotify_owned_string card;
    appnotify_status status;
    int ok;
    if (result == NULL) return 1;
    status = appnotify_render_card(result, payload, sizeof payload - 1, NULL, &card);
    ok = status == APPNOTIFY_STATUS_OK && card.data != NULL && strstr(card.data, "Welcome") != NULL &&
         appnotify_diagnostic_count(result) == 0;
    printf("appnotify %s: %s", appnotify_version(), ok ? card.data : "failed\n");
    appnotify_free_string(card);
    appnotify_result_free(result);
    return ok ? 0 : 1;
}
